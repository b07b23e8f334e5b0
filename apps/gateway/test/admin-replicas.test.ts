import { randomUUID } from 'node:crypto';
import { createRedisStore } from '@cch/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type MockUpstream, startMockUpstream } from './mock-upstream/index.js';
import { callMessages } from './support/anthropic-client.js';
import { adminFetch, body, signIn } from './support/admin-client.js';
import { deleteRedisKeys } from './support/delete-redis-keys.js';
import { type GatewayHarness, startGateway, TEST_ADMIN_TOKEN } from './support/gateway-harness.js';
import { type Replica, startReplica } from './support/shared-db-replica.js';

const redisUrl = process.env.TEST_REDIS_URL;
const prefix = `test:admin:${randomUUID().slice(0, 8)}:`;

/** Polls until `check` holds or `withinMs` passes; returns how long it took. */
async function within(withinMs: number, check: () => Promise<boolean>): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < withinMs) {
    if (await check()) return Date.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`not true within ${withinMs} ms`);
}

describe.skipIf(!redisUrl)('two gateways sharing one database and one Redis', () => {
  let first: GatewayHarness;
  let second: Replica;
  let upstream: MockUpstream;

  beforeAll(async () => {
    const store = () => createRedisStore({ url: redisUrl ?? '', prefix });
    [first, upstream] = await Promise.all([startGateway({ store: store() }), startMockUpstream({ name: 'replicas' })]);
    second = await startReplica(first, store());
    await first.addProvider({ baseUrl: upstream.url });
  });
  afterAll(async () => {
    await second?.close();
    await Promise.all([first?.close(), upstream?.close()]);
    await deleteRedisKeys(redisUrl ?? '', prefix);
  });

  it('a key disabled on one gateway is refused by the other within a second', async () => {
    const userId = String(body(await adminFetch(first.url, 'POST', '/users', { body: { name: 'replicated' } })).id);
    const { id, key } = body(await adminFetch(first.url, 'POST', `/users/${userId}/keys`, { body: { name: 'k' } })) as {
      id: string;
      key: string;
    };
    await within(1000, async () => (await callMessages(second.url, { key })).status === 200);
    expect((await adminFetch(first.url, 'PATCH', `/keys/${id}`, { body: { enabled: false } })).status).toBe(200);
    await within(1000, async () => (await callMessages(second.url, { key })).status === 401);
  });

  it('a provider disabled on one gateway leaves the other within a second', async () => {
    const id = String(
      body(
        await adminFetch(second.url, 'POST', '/providers', {
          body: { name: 'rp', type: 'claude', baseUrl: upstream.url, apiKey: 'sk-replica-0123456789' },
        }),
      ).id,
    );
    await within(1000, async () => first.runtime.cache.current().providerById.get(id)?.enabled === true);
    await adminFetch(second.url, 'PATCH', `/providers/${id}`, { body: { enabled: false } });
    await within(1000, async () => first.runtime.cache.current().providerById.get(id)?.enabled === false);
  });

  it('a console session made on one gateway works on the other', async () => {
    const { cookie, csrf } = await signIn(first.url, TEST_ADMIN_TOKEN);
    expect(body(await adminFetch(second.url, 'GET', '/auth/me', { token: null, cookie }))).toMatchObject({
      role: 'admin',
      csrfToken: csrf,
    });
    expect(
      (await adminFetch(second.url, 'PUT', '/settings', { token: null, cookie, csrf, body: { note: 'from replica' } }))
        .status,
    ).toBe(200);
  });

  it('a runtime setting changed on one gateway applies on the other within seconds, without a restart', async () => {
    const consoleConfig = async () => body(await adminFetch(second.url, 'GET', '/console-config', { token: null }));
    expect(await consoleConfig()).toMatchObject({ siteTitle: 'Claude Code Hub' });
    const patch = { siteTitle: 'Replicated Hub', maxProvidersPerRequest: 1 };
    expect((await adminFetch(first.url, 'PATCH', '/settings/runtime', { body: patch })).status).toBe(200);
    await within(2000, async () => (await consoleConfig()).siteTitle === 'Replicated Hub');
    expect(second.runtime.settings.current().maxProvidersPerRequest).toBe(1);
    const reset = { siteTitle: null, maxProvidersPerRequest: null };
    expect((await adminFetch(second.url, 'PATCH', '/settings/runtime', { body: reset })).status).toBe(200);
    await within(2000, async () => first.runtime.settings.current().siteTitle === 'Claude Code Hub');
  });
});
