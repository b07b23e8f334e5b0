import { availabilitySchema } from '@cch/contract';
import { describe, expect, it } from 'vitest';
import { runProbeRound } from '../src/status/probe-job.js';
import { startMockUpstream } from './mock-upstream/index.js';
import { adminFetch } from './support/admin-client.js';
import { startGateway } from './support/gateway-harness.js';
import { createTestDatabase } from './support/test-database.js';

const adminUrl = process.env.TEST_DATABASE_URL;

/** The bucket queries (percentiles, the decision chain's attempts) on PostgreSQL itself, not only PGlite. */
describe.skipIf(!adminUrl)('availability on PostgreSQL', () => {
  it('counts failed attempts and probes and lists both as last errors', async () => {
    const database = await createTestDatabase(adminUrl ?? '');
    const upstream = await startMockUpstream({ name: 'pg' });
    const gateway = await startGateway({ env: { PROBE_INTERVAL_SECONDS: '0', DATABASE_URL: database.url } });
    try {
      const provider = await gateway.addProvider({ name: 'pg', baseUrl: upstream.url });
      const { key } = await gateway.addCaller();
      await fetch(`${gateway.url}/v1/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-api-key': key, 'anthropic-version': '2023-06-01' },
        body: JSON.stringify({
          model: 'claude-sonnet-4-5',
          max_tokens: 8,
          messages: [{ role: 'user', content: 'hi' }],
        }),
      });
      upstream.setFault({ kind: 'status', status: 500 });
      await fetch(`${gateway.url}/v1/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-api-key': key, 'anthropic-version': '2023-06-01' },
        body: JSON.stringify({
          model: 'claude-sonnet-4-5',
          max_tokens: 8,
          messages: [{ role: 'user', content: 'hi' }],
        }),
      });
      expect(await runProbeRound(gateway.runtime, 60_000)).toBe(1);
      await gateway.flushLogs();
      const response = await adminFetch(gateway.url, 'GET', '/availability?window=30d');
      const report = availabilitySchema.parse(response.json);
      expect(report.providers[0]?.providerId).toBe(provider.id);
      expect(report.providers[0]?.successRate).toBe(50);
      expect(report.providers[0]?.lastErrors.map((error) => [error.source, error.status]).sort()).toEqual([
        ['probe', 500],
        ['traffic', 500],
      ]);
    } finally {
      await gateway.close();
      await upstream.close();
      await database.drop();
    }
  });
});
