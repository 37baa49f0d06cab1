// One job-server call per client, each written the way its documentation shows: a 1 s budget
// (connect 500 ms where the client has one), and the client's own way of failing on a status.
const http = require('node:http');
const axios = require('axios');
const got = require('got');
const nodeFetch = require('node-fetch');
const superagent = require('superagent');

const CONNECT_MS = 500;
const RESPONSE_MS = 1000;

// Each returns { status, body } for 2xx and throws what the client throws otherwise, except
// fetch and node-fetch, which never throw on a status: their tests assert it.
const clients = {
  async axios(method, url, data, options = {}) {
    const res = await axios({ method, url, data, timeout: RESPONSE_MS, ...options });
    return { status: res.status, body: res.data };
  },
  async fetch(method, url, data) {
    const res = await fetch(url, {
      method,
      body: data ? JSON.stringify(data) : undefined,
      headers: { 'content-type': 'application/json' },
      signal: AbortSignal.timeout(RESPONSE_MS),
    });
    return { status: res.status, body: await res.text() };
  },
  async got(method, url, data, options = {}) {
    const res = await got(url, {
      method,
      json: data,
      retry: { limit: 0 },
      timeout: { connect: CONNECT_MS, response: RESPONSE_MS },
      ...options,
    });
    return { status: res.statusCode, body: res.body };
  },
  async 'node-fetch'(method, url, data) {
    const res = await nodeFetch(url, {
      method,
      body: data ? JSON.stringify(data) : undefined,
      headers: { 'content-type': 'application/json' },
      timeout: RESPONSE_MS,
    });
    return { status: res.status, body: await res.text() };
  },
  async superagent(method, url, data) {
    const res = await superagent(method, url).send(data).timeout({ response: RESPONSE_MS, deadline: 5000 });
    return { status: res.status, body: res.text };
  },
};

// A pool of one: the second request waits for the first one's socket.
const poolOfOne = () => new http.Agent({ keepAlive: true, maxSockets: 1 });

module.exports = { clients, poolOfOne };
