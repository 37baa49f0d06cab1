// jest + jest-junit: each client meets each fault; fetch and node-fetch do not throw on a
// status, so their tests assert it, as jest suites do.
const { clients, faults, poolOfOne, env, job } = require('./cases');

for (const [name, call] of Object.entries(clients)) {
  describe(name, () => {
    for (const [fault, run] of faults) {
      test(fault, async () => {
        const res = await run(call);
        expect(res.status).toBe(fault === 'creates a job' ? 201 : 200);
      });
    }
  });
}

describe('suite', () => {
  test('metadata has the sample rate', async () => {
    const res = await clients.axios('GET', env('OK') + '/metadata');
    expect(res.body).toEqual(expect.objectContaining({ sample_rate_hz: 2000 }));
  });
  test('a slow job within the test\'s own deadline', async () => {
    await clients.got('POST', env('SLOW') + '/jobs', job, { timeout: { response: 10000 } });
  }, 500);
  test('two jobs through a pool of one', async () => {
    const agent = poolOfOne();
    const options = { httpAgent: agent };
    await Promise.all([
      clients.axios('POST', env('SLOW') + '/jobs', job, options),
      clients.axios('POST', env('SLOW') + '/jobs', job, options),
    ]);
  });
});
