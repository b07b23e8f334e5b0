import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type MockUpstream, startMockUpstream } from './mock-upstream/index.js';
import { adminFetch, body } from './support/admin-client.js';
import { callMessages } from './support/anthropic-client.js';
import { type GatewayHarness, startGateway } from './support/gateway-harness.js';

let gateway: GatewayHarness;
let upstream: MockUpstream;

const api = (method: string, path: string, requestBody?: unknown) =>
  adminFetch(gateway.url, method, path, requestBody === undefined ? {} : { body: requestBody });
type Row = {
  subject: { kind: string; id: string };
  name: string;
  userName: string | null;
  closestShare: number;
  closestLimit: string | null;
  nextResetAt: number | null;
};
const rows = async (query = '') => {
  const response = await api('GET', `/quotas${query}`);
  expect(response.status).toBe(200);
  return body(response) as { items: Row[]; unlimited: number };
};

async function createUser(name: string, limits: Record<string, unknown>) {
  const user = body(await api('POST', '/users', { name, ...limits }));
  const key = body(await api('POST', `/users/${String(user.id)}/keys`, { name: `${name}-key` }));
  return { userId: String(user.id), keyId: String(key.id), key: String(key.key) };
}

beforeAll(async () => {
  [gateway, upstream] = await Promise.all([startGateway(), startMockUpstream({ name: 'quota' })]);
  const provider = await api('POST', '/providers', {
    name: 'quota',
    type: 'claude',
    baseUrl: upstream.url,
    apiKey: 'sk-ant-quota-0123456789',
  });
  expect(provider.status).toBe(201);
});
afterAll(async () => Promise.all([gateway?.close(), upstream?.close()]));

describe('GET /admin/quotas', () => {
  it('lists every limited user and key, nearest to a limit first, with reset times and owners', async () => {
    const busy = await createUser('busy', { rpmLimit: 4, usdDailyLimit: '100' });
    const idle = await createUser('idle', { rpmLimit: 100 });
    await createUser('free', {});
    for (let i = 0; i < 3; i++) expect((await callMessages(gateway.url, { key: busy.key })).status).toBe(200);
    expect((await callMessages(gateway.url, { key: idle.key })).status).toBe(200);

    const overview = await rows('?kind=user');
    expect(overview.items.map((row) => row.name)).toEqual(['busy', 'idle']);
    expect(overview.unlimited).toBe(1); // "free" has no limit
    const [first, second] = overview.items;
    expect(first).toMatchObject({ closestLimit: 'rpm', closestShare: 0.75 });
    expect(second).toMatchObject({ closestLimit: 'rpm', closestShare: 0.01 });
    expect(first?.nextResetAt).toBeGreaterThan(Date.now());

    const byName = await rows('?kind=user&sort=name');
    expect(byName.items.map((row) => row.name)).toEqual(['busy', 'idle']);
    const search = await rows('?q=IDL');
    expect(search.items.map((row) => row.name)).toEqual(['idle']);
  });

  it('shows keys with their owner, and refuses an unknown sort', async () => {
    const owner = await createUser('owner', {});
    const limited = await api('PATCH', `/keys/${owner.keyId}`, { limits: { rpm: 10 } });
    expect(limited.status).toBe(200);
    const keys = await rows('?kind=key');
    expect(keys.items).toEqual([
      expect.objectContaining({ name: 'owner-key', userName: 'owner', subject: { kind: 'key', id: owner.keyId } }),
    ]);
    expect((await api('GET', '/quotas?sort=random')).status).toBe(400);
  });
});
