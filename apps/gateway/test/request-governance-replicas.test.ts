import { randomUUID } from 'node:crypto';
import { createRedisStore } from '@cch/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type MockUpstream, startMockUpstream } from './mock-upstream/index.js';
import { callMessages, messageBody } from './support/anthropic-client.js';
import { adminFetch } from './support/admin-client.js';
import { deleteRedisKeys } from './support/delete-redis-keys.js';
import { type GatewayHarness, startGateway } from './support/gateway-harness.js';
import { type Replica, startReplica } from './support/shared-db-replica.js';

const redisUrl = process.env.TEST_REDIS_URL;
const prefix = `test:governance:${randomUUID().slice(0, 8)}:`;

async function within(withinMs: number, check: () => Promise<boolean>): Promise<void> {
  const started = Date.now();
  while (Date.now() - started < withinMs) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`not true within ${withinMs} ms`);
}

describe.skipIf(!redisUrl)('request rules on two gateways sharing one database and one Redis', () => {
  let first: GatewayHarness;
  let second: Replica;
  let upstream: MockUpstream;
  let key: string;

  beforeAll(async () => {
    const store = () => createRedisStore({ url: redisUrl ?? '', prefix });
    [first, upstream] = await Promise.all([startGateway({ store: store() }), startMockUpstream({ name: 'replicas' })]);
    second = await startReplica(first, store());
    await first.addProvider({ baseUrl: upstream.url });
    ({ key } = await first.addCaller());
  });
  afterAll(async () => {
    await second?.close();
    await Promise.all([first?.close(), upstream?.close()]);
    await deleteRedisKeys(redisUrl ?? '', prefix);
  });

  it('a sensitive word added on one gateway refuses requests on the other within a second', async () => {
    const body = messageBody({ messages: [{ role: 'user', content: 'about the heron project' }] });
    await within(2000, async () => (await callMessages(second.url, { key, body })).status === 200);
    const added = await adminFetch(first.url, 'POST', '/sensitive-words', { body: { pattern: 'heron', kind: 'word' } });
    expect(added.status).toBe(201);
    await within(1000, async () => (await callMessages(second.url, { key, body })).status === 400);
  });
});
