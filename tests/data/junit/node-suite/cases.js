// The faults each client meets (tests/data/junit/with-faults sets FAULT_*): the same list for
// jest and for mocha. A case calls the server; a thrown error is the failure the runner writes.
const { clients, poolOfOne } = require('./clients');

const env = (name) => process.env['FAULT_' + name];
const job = { channels: [1, 2, 3] };

const faults = [
  ['creates a job', (c) => c('POST', env('OK') + '/jobs', job)],
  ['connect timeout', (c) => c('GET', env('BLACKHOLE') + '/health')],
  ['read timeout', (c) => c('POST', env('SLOW') + '/jobs', job)],
  ['connection refused', (c) => c('GET', env('CLOSED') + '/health')],
  ['connection reset', (c) => c('POST', env('RESET') + '/jobs', job)],
  ['hang-up mid-answer', (c) => c('POST', env('HANGUP') + '/jobs', job)],
  ['closed without an answer', (c) => c('POST', env('CLOSE') + '/jobs', job)],
  ['unknown host', (c) => c('GET', env('NXDOMAIN') + '/health')],
  ['untrusted certificate', (c) => c('GET', env('TLS') + '/health')],
  ['overloaded', (c) => c('POST', env('OVERLOADED') + '/jobs', job)],
  ['waiting for fibre', (c) => c('GET', env('NOFIBER') + '/metadata')],
  ['unauthorized', (c) => c('POST', env('AUTH') + '/jobs', job)],
  ['forbidden', (c) => c('POST', env('FORBIDDEN') + '/jobs', job)],
  ['server error', (c) => c('POST', env('5XX') + '/jobs', job)],
];

// Status assertions in the runner's own idiom are added by the runner's file.
module.exports = { clients, faults, poolOfOne, env, job };
