// mocha + chai + mocha-junit-reporter: each client meets each fault; fetch and node-fetch do
// not throw on a status, so their tests assert it with the body as chai's message.
const { expect } = require('chai');
const { clients, faults, poolOfOne, env, job } = require('./cases');

for (const [name, call] of Object.entries(clients)) {
  describe(name, function () {
    for (const [fault, run] of faults) {
      it(fault, async function () {
        const res = await run(call);
        expect(res.status, String(res.body)).to.equal(fault === 'creates a job' ? 201 : 200);
      });
    }
  });
}

describe('suite', function () {
  it('metadata has the sample rate', async function () {
    const res = await clients.got('GET', env('OK') + '/metadata', undefined, { responseType: 'json' });
    expect(res.body).to.have.property('sample_rate_hz', 2000);
  });
  it("a slow job within the test's own deadline", async function () {
    this.timeout(500);
    await clients.axios('POST', env('SLOW') + '/jobs', job, { timeout: 10000 });
  });
  it('two jobs through a pool of one', async function () {
    const agent = poolOfOne();
    await Promise.all([
      clients.got('POST', env('SLOW') + '/jobs', job, { agent: { http: agent } }),
      clients.got('POST', env('SLOW') + '/jobs', job, { agent: { http: agent } }),
    ]);
  });
});
