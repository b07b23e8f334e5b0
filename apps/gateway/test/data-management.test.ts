import { DATA_KINDS, type ImportResult, type RetentionStatus } from '@cch/contract';
import { insertRequestLogs, listProviders, type NewRequestLog } from '@cch/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportLines } from '../src/admin/data-transfer/export-lines.js';
import { createRetentionJob } from '../src/jobs/retention-job.js';
import { type MockUpstream, startMockUpstream } from './mock-upstream/index.js';
import { adminFetch, body, signIn } from './support/admin-client.js';
import { callMessages } from './support/anthropic-client.js';
import { type GatewayHarness, startGateway, TEST_ADMIN_TOKEN } from './support/gateway-harness.js';
import { createTestDatabase } from './support/test-database.js';

const adminUrl = process.env.TEST_DATABASE_URL;

const PROVIDER_KEY = 'sk-ant-export-secret-0123456789abcd';
const DAY = 86_400_000;
const TENANT_SECRET = 'tenant-secret-header-value';

let source: GatewayHarness;
let target: GatewayHarness;
let upstream: MockUpstream;
let callerKey: string;
let providerId: string;

function logRow(overrides: Partial<NewRequestLog>): NewRequestLog {
  return {
    createdAt: new Date(),
    requestId: `req_${Math.random().toString(36).slice(2)}`,
    userId: null,
    keyId: null,
    providerId: null,
    sessionId: null,
    protocol: 'anthropic',
    endpoint: '/v1/messages',
    method: 'POST',
    requestedModel: 'claude-sonnet-4-5',
    upstreamModel: null,
    billedModel: null,
    statusCode: 200,
    errorClass: null,
    errorMessage: null,
    durationMs: 10,
    ttfbMs: null,
    isStream: false,
    inputTokens: 1,
    outputTokens: 1,
    cacheReadTokens: 0,
    cacheWrite5mTokens: 0,
    cacheWrite1hTokens: 0,
    reasoningTokens: 0,
    costUsd: '0.001',
    costBreakdown: {},
    costMultiplier: '1',
    decisionChain: [],
    candidateCounts: {},
    userAgent: null,
    clientIp: null,
    requestBody: null,
    responseBody: null,
    ...overrides,
  };
}

async function exportFile(gateway: GatewayHarness, query = ''): Promise<string> {
  const response = await adminFetch(gateway.url, 'GET', `/data/export${query}`);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/application\/x-ndjson/);
  expect(response.headers.get('content-disposition')).toMatch(/attachment; filename="cch-export-.*\.jsonl"/);
  return response.text;
}

async function importFile(gateway: GatewayHarness, file: string, dryRun: boolean) {
  const response = await fetch(`${gateway.url}/admin/data/import?dryRun=${dryRun}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${TEST_ADMIN_TOKEN}`, 'content-type': 'application/x-ndjson' },
    body: file,
  });
  const text = await response.text();
  return { status: response.status, text, json: JSON.parse(text) as ImportResult & { detail?: string } };
}

const counts = (result: ImportResult, kind: string) => result.kinds.find((k) => k.kind === kind);

async function tableCounts(gateway: GatewayHarness) {
  const { db } = gateway.runtime;
  const count = async (table: 'providers' | 'users' | 'apiKeys' | 'modelPrices' | 'settings' | 'requestLogs') =>
    Number(
      (
        await db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  return {
    providers: await count('providers'),
    users: await count('users'),
    apiKeys: await count('apiKeys'),
    prices: await count('modelPrices'),
    settings: await count('settings'),
    logs: await count('requestLogs'),
  };
}

beforeAll(async () => {
  [source, target, upstream] = await Promise.all([
    startGateway(),
    startGateway(),
    startMockUpstream({ name: 'data', requireKey: PROVIDER_KEY }),
  ]);
  providerId = (await source.addProvider({ name: 'primary', baseUrl: upstream.url, apiKey: PROVIDER_KEY })).id;
  callerKey = (await source.addCaller({ name: 'alice' })).key;
  const api = (method: string, path: string, payload: unknown) =>
    adminFetch(source.url, method, path, { body: payload });
  expect(
    (await api('PUT', '/prices/my-model', { input_cost_per_token: 1e-6, output_cost_per_token: 2e-6 })).status,
  ).toBe(200);
  expect((await api('PATCH', '/settings/runtime', { logRetentionDays: 45 })).status).toBe(200);
  expect((await api('POST', '/sensitive-words', { pattern: 'forbidden-word', kind: 'word' })).status).toBe(201);
  expect(
    (
      await api('POST', '/notifications/targets', {
        name: 'ops hook',
        channel: 'webhook',
        webhookUrl: 'https://hooks.example.com/secret-path-token',
        events: ['circuit_open'],
      })
    ).status,
  ).toBe(201);
  const secretFilter = {
    name: 'tenant header',
    scope: 'global',
    target: 'header',
    action: 'set',
    path: 'x-tenant',
    value: TENANT_SECRET,
    secret: true,
  };
  expect((await api('POST', '/request-filters', secretFilter)).status).toBe(201);
  expect((await api('PUT', `/providers/${providerId}/overrides`, { maxTokensCap: 32 })).status).toBe(200);
  expect((await api('PUT', '/rectifiers/thinking_budget', { providers: { [providerId]: false } })).status).toBe(200);
  const errorRule = { name: 'retry 529', match: { statuses: [529] }, action: 'fail_over' };
  expect((await api('POST', '/error-rules', errorRule)).status).toBe(201);
  expect((await api('POST', '/client-version-rules', { client: 'claude-code', minVersion: '1.0.0' })).status).toBe(201);
  // one real request, so the export has a log row
  expect((await callMessages(source.url, { key: callerKey })).status).toBe(200);
  await source.flushLogs();
});
afterAll(async () => Promise.all([source?.close(), target?.close(), upstream?.close()]));

describe('export', () => {
  it('streams header, typed records and an end line; secrets stay sealed or hashed', async () => {
    const file = await exportFile(source, '?logs=true');
    const lines = file
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines[0]).toMatchObject({ type: 'header', format: 'cch-export', version: 1, includesLogs: true });
    expect(lines.at(-1)).toEqual({ type: 'end', records: lines.length - 2 });
    const types = new Set(lines.map((line) => line.type));
    for (const kind of DATA_KINDS) expect(types, kind).toContain(kind);
    expect(file).not.toContain(PROVIDER_KEY);
    expect(file).not.toContain(callerKey);
    expect(file).not.toContain('secret-path-token');
    expect(file).not.toContain(TENANT_SECRET);
    const provider = lines.find((line) => line.type === 'provider')?.data as Record<string, unknown>;
    expect(String(provider.apiKeyEncrypted)).toMatch(/^v1:/);
  });

  it('leaves request logs out unless asked, and bounds them by the date range', async () => {
    expect(await exportFile(source)).not.toContain('"type":"requestLog"');
    const future = new Date(Date.now() + DAY).toISOString();
    expect(await exportFile(source, `?logs=true&from=${encodeURIComponent(future)}`)).not.toContain(
      '"type":"requestLog"',
    );
  });

  it('pages request logs from the database, every row once, oldest first', async () => {
    const now = Date.now();
    await insertRequestLogs(source.runtime.db, [
      logRow({ createdAt: new Date(now - 3 * DAY), requestId: 'req_page_a' }),
      logRow({ createdAt: new Date(now - 2 * DAY), requestId: 'req_page_b' }),
      logRow({ createdAt: new Date(now - DAY), requestId: 'req_page_c' }),
    ]);
    const pages: string[] = [];
    for await (const chunk of exportLines(source.runtime.db, { now: new Date(now), logs: {}, logPageSize: 2 }))
      pages.push(chunk);
    const ids = pages
      .join('')
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as { type: string; data?: { requestId?: string } })
      .filter((line) => line.type === 'requestLog')
      .map((line) => line.data?.requestId);
    expect(ids).toHaveLength((await tableCounts(source)).logs);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.slice(-3)).toEqual(['req_page_a', 'req_page_b', 'req_page_c']);
    // one chunk per page of logs: no page is ever joined with the next
    expect(pages.filter((chunk) => chunk.includes('"type":"requestLog"'))).toHaveLength(Math.ceil(ids.length / 2));
  });

  it('is documented: the export as JSON Lines, the import taking a JSON Lines body', async () => {
    const doc = body(await adminFetch(source.url, 'GET', '/openapi.json', { token: null })) as {
      paths: Record<string, Record<string, { requestBody?: { content: object }; responses: Record<string, unknown> }>>;
    };
    const exported = doc.paths['/admin/data/export']?.get?.responses['200'] as { content: object };
    expect(Object.keys(exported.content)).toEqual(['application/x-ndjson']);
    expect(Object.keys(doc.paths['/admin/data/import']?.post?.requestBody?.content ?? {})).toEqual([
      'application/x-ndjson',
    ]);
    for (const path of ['/admin/data/logs/purge-preview', '/admin/data/logs/purge', '/admin/data/retention'])
      expect(doc.paths[path], path).toBeDefined();
  });
});

describe('import into a second, fresh gateway with the same ENCRYPTION_KEY', () => {
  it('refuses a malformed file with a 400 naming the line, and changes nothing', async () => {
    const before = await tableCounts(target);
    const lines = (await exportFile(source)).trimEnd().split('\n');
    const broken = lines.with(2, '{"type":"user","data":{"id":"x"}}');
    const bad = await importFile(target, `${broken.join('\n')}\n`, false);
    expect(bad.status).toBe(400);
    expect(bad.json.detail).toMatch(/^Line 3: /);
    expect(bad.json.detail).toMatch(/Nothing was changed/);
    const truncated = await importFile(target, lines.slice(0, 3).join('\n'), false);
    expect(truncated.status).toBe(400);
    expect(truncated.json.detail).toMatch(/no end line/);
    expect((await importFile(target, 'not json\n', false)).json.detail).toMatch(/Line 1: not valid JSON/);
    expect(await tableCounts(target)).toEqual(before);
  });

  it('previews without changing anything, then applies: the provider proxies and keys authenticate', async () => {
    const file = await exportFile(source, '?logs=true');
    const before = await tableCounts(target);
    const preview = await importFile(target, file, true);
    expect(preview.status).toBe(200);
    expect(preview.json).toMatchObject({ dryRun: true, applied: false, conflicts: [] });
    expect(counts(preview.json, 'provider')).toMatchObject({ create: 1, update: 0, conflicts: 0 });
    expect(counts(preview.json, 'user')?.create).toBeGreaterThanOrEqual(1);
    expect(counts(preview.json, 'apiKey')).toMatchObject({ create: 1 });
    expect(counts(preview.json, 'requestLog')).toMatchObject({ create: (await tableCounts(source)).logs });
    expect(await tableCounts(target)).toEqual(before);
    expect((await callMessages(target.url, { key: callerKey })).status).toBe(401);

    const applied = await importFile(target, file, false);
    expect(applied.status).toBe(200);
    expect(applied.json).toMatchObject({ dryRun: false, applied: true });
    const answer = await callMessages(target.url, { key: callerKey });
    expect(answer.status).toBe(200);
    const forwarded = upstream.requests.at(-1);
    expect(forwarded?.headers['x-api-key']).toBe(PROVIDER_KEY);
    // the secret request filter and the provider override came over and apply
    expect(forwarded?.headers['x-tenant']).toBe(TENANT_SECRET);
    expect(JSON.parse(String(forwarded?.body))).toMatchObject({ max_tokens: 32 });
    const settings = body(await adminFetch(target.url, 'GET', '/settings/runtime'));
    expect(settings).toMatchObject({ values: { logRetentionDays: 45 } });
    const prices = body(await adminFetch(target.url, 'GET', '/prices?search=my-model')).items;
    expect(prices).toEqual([expect.objectContaining({ model: 'my-model', source: 'manual' })]);
    const audit = body(await adminFetch(target.url, 'GET', '/audit-log?action=data.import')).items;
    expect(audit).toHaveLength(1);

    const again = await importFile(target, file, true);
    expect(again.json.conflicts).toEqual([]);
    for (const kind of again.json.kinds) expect(kind, kind.kind).toMatchObject({ create: 0, update: 0 });
  });

  it('streams a file past the 1 MiB JSON body limit (the import has its own 64 MiB one)', async () => {
    const header = (await exportFile(source)).split('\n')[0];
    const big = { key: 'notes.big', value: 'x'.repeat(2 * 1024 * 1024), updatedAt: new Date().toISOString() };
    const file = [header, JSON.stringify({ type: 'setting', data: big }), '{"type":"end","records":1}'].join('\n');
    const result = await importFile(target, file, true);
    expect(result.status).toBe(200);
    expect(counts(result.json, 'setting')).toMatchObject({ create: 1 });
  });

  it('reports a same-name provider under another id as a conflict and leaves it alone', async () => {
    const lines = (await exportFile(source)).trimEnd().split('\n');
    const renamed = lines.map((line) => {
      const parsed = JSON.parse(line) as { type: string; data: Record<string, unknown> };
      if (parsed.type !== 'provider') return line;
      return JSON.stringify({ ...parsed, data: { ...parsed.data, id: 'other-id', baseUrl: 'http://127.0.0.1:9' } });
    });
    const result = await importFile(target, `${renamed.join('\n')}\n`, false);
    expect(result.status).toBe(200);
    expect(result.json.conflicts).toContainEqual({
      kind: 'provider',
      key: 'primary (other-id)',
      reason: `the name is already used by ${providerId}`,
    });
    const providers = await listProviders(target.runtime.db, target.runtime.secretBox);
    expect(providers.map((p) => p.id)).toEqual([providerId]);
  });

  it('reports a provider key sealed with another ENCRYPTION_KEY as a conflict, never importing it', async () => {
    const other = await startGateway({ env: { ENCRYPTION_KEY: 'a-different-encryption-key-0123456789abcd' } });
    try {
      const result = await importFile(other, await exportFile(source), false);
      expect(result.status).toBe(200);
      expect(result.json.conflicts).toContainEqual({
        kind: 'provider',
        key: `primary (${providerId})`,
        reason: 'apiKeyEncrypted was encrypted with another ENCRYPTION_KEY',
      });
      expect(counts(result.json, 'provider')).toMatchObject({ create: 0, conflicts: 1 });
      expect((await tableCounts(other)).providers).toBe(0);
      // the user and key still came over; the key authenticates but no provider serves it
      expect(counts(result.json, 'apiKey')).toMatchObject({ create: 1 });
    } finally {
      await other.close();
    }
  });
});

describe.skipIf(!adminUrl)('import into a gateway on PostgreSQL', () => {
  it('round-trips from PGlite: the provider proxies, keys authenticate, a second preview is unchanged', async () => {
    const database = await createTestDatabase(adminUrl ?? '');
    const onPostgres = await startGateway({ env: { DATABASE_URL: database.url } });
    try {
      const file = await exportFile(source, '?logs=true');
      const applied = await importFile(onPostgres, file, false);
      expect(applied.status).toBe(200);
      expect(applied.json.conflicts).toEqual([]);
      expect((await callMessages(onPostgres.url, { key: callerKey })).status).toBe(200);
      const again = await importFile(onPostgres, file, true);
      for (const kind of again.json.kinds) expect(kind, kind.kind).toMatchObject({ create: 0, update: 0 });
      // and back: what PostgreSQL exports reads as unchanged on PGlite
      const back = await importFile(target, await exportFile(onPostgres), true);
      for (const kind of back.json.kinds) expect(kind, kind.kind).toMatchObject({ create: 0, update: 0 });
    } finally {
      await onPostgres.close();
      await database.drop();
    }
  });
});

describe('purge and retention', () => {
  it('purges exactly the rows the preview counted, and audits it', async () => {
    const now = Date.now();
    await insertRequestLogs(source.runtime.db, [
      logRow({ createdAt: new Date(now - 40 * DAY) }),
      logRow({ createdAt: new Date(now - 35 * DAY) }),
      logRow({ createdAt: new Date(now - 31 * DAY) }),
      logRow({ createdAt: new Date(now - 2 * DAY) }),
    ]);
    const olderThan = new Date(now - 30 * DAY).toISOString();
    const preview = await adminFetch(source.url, 'GET', `/data/logs/purge-preview?olderThan=${olderThan}`);
    expect(body(preview)).toEqual({ olderThan, rows: 3 });
    const before = (await tableCounts(source)).logs;
    const purged = await adminFetch(source.url, 'POST', '/data/logs/purge', { body: { olderThan } });
    expect(body(purged)).toEqual({ olderThan, removed: 3 });
    expect((await tableCounts(source)).logs).toBe(before - 3);
    const audit = body(await adminFetch(source.url, 'GET', '/audit-log?action=data.purge-logs')).items;
    expect(audit).toEqual([expect.objectContaining({ after: { olderThan, removed: 3 } })]);
    expect((await adminFetch(source.url, 'GET', '/data/logs/purge-preview?olderThan=yesterday')).status).toBe(400);
  });

  it("reports the retention job's last run with the configured days", async () => {
    const empty = body(await adminFetch(target.url, 'GET', '/data/retention')) as RetentionStatus;
    expect(empty.lastRun).toBeNull();
    const now = Date.now();
    await insertRequestLogs(target.runtime.db, [logRow({ createdAt: new Date(now - 50 * DAY) })]);
    const job = createRetentionJob({
      db: target.runtime.db,
      logger: target.runtime.logger,
      retentionDays: () => target.runtime.settings.current().logRetentionDays,
      bodyRetentionDays: () => target.runtime.settings.current().bodyRetentionDays,
      now: () => now,
      initialDelayMs: 3_600_000,
      pauseMs: 0,
    });
    await job.runNow();
    await job.stop();
    const status = body(await adminFetch(target.url, 'GET', '/data/retention')) as RetentionStatus;
    expect(status).toEqual({
      retentionDays: 45,
      lastRun: {
        ranAt: new Date(now).toISOString(),
        cutoff: new Date(now - 45 * DAY).toISOString(),
        removed: 1,
        complete: true,
      },
    });
  });
});

describe('access', () => {
  it('is admin only: refused without a session and to a key holder signed in to the console', async () => {
    expect((await adminFetch(source.url, 'GET', '/data/export', { token: null })).status).toBe(401);
    const holder = await source.addUser({ name: 'key-holder' });
    const { cookie, csrf } = await signIn(source.url, await source.addKey(holder.id, { consoleAccess: true }));
    const asHolder = { token: null, cookie, csrf };
    expect((await adminFetch(source.url, 'GET', '/data/export', asHolder)).status).toBe(403);
    expect((await adminFetch(source.url, 'GET', '/data/retention', asHolder)).status).toBe(403);
    const purge = await adminFetch(source.url, 'POST', '/data/logs/purge', {
      ...asHolder,
      body: { olderThan: new Date().toISOString() },
    });
    expect(purge.status).toBe(403);
  });
});
