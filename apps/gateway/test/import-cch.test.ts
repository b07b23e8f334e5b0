import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { createDatabase, listApiKeys, listProviders, listUsers } from '@cch/core';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCchImport } from '../src/cli/cch/run-cch-import.js';
import { type MockUpstream, startMockUpstream } from './mock-upstream/index.js';
import { callMessages } from './support/anthropic-client.js';
import { type GatewayHarness, startGateway } from './support/gateway-harness.js';
import { createTestDatabase, type TestDatabase } from './support/test-database.js';

const adminUrl = process.env.TEST_DATABASE_URL;
if (!adminUrl && process.env.CI === 'true') throw new Error('TEST_DATABASE_URL is required under CI=true');

const PROVIDER_KEY = 'sk-ant-original-hub-provider-0123456789';
const USER_KEY = 'sk-original-hub-user-key-abcdefghijklmnop';

// The columns of the original's tables (ding113/claude-code-hub src/drizzle/schema.ts) the importer reads.
const ORIGINAL_DDL = `
create type daily_reset_mode as enum ('fixed', 'rolling');
create table users (
  id serial primary key, name varchar not null, description text, role varchar default 'user',
  rpm_limit integer, daily_limit_usd numeric(10,2), provider_group varchar(200) default 'default',
  tags jsonb default '[]', limit_5h_usd numeric(10,2), limit_weekly_usd numeric(10,2),
  limit_monthly_usd numeric(10,2), limit_total_usd numeric(10,2), limit_concurrent_sessions integer,
  daily_reset_mode daily_reset_mode not null default 'fixed', daily_reset_time varchar(5) not null default '00:00',
  is_enabled boolean not null default true, expires_at timestamptz, allowed_clients jsonb default '[]',
  allowed_models jsonb default '[]', created_at timestamptz default now(), updated_at timestamptz default now(),
  deleted_at timestamptz);
create table keys (
  id serial primary key, user_id integer not null, key varchar not null, name varchar not null,
  is_enabled boolean default true, expires_at timestamp, can_login_web_ui boolean default false,
  limit_5h_usd numeric(10,2), limit_daily_usd numeric(10,2),
  daily_reset_mode daily_reset_mode not null default 'fixed', daily_reset_time varchar(5) not null default '00:00',
  limit_weekly_usd numeric(10,2), limit_monthly_usd numeric(10,2), limit_total_usd numeric(10,2),
  limit_concurrent_sessions integer default 0, provider_group varchar(200) default 'default',
  created_at timestamptz default now(), updated_at timestamptz default now(), deleted_at timestamptz);
create table providers (
  id serial primary key, name varchar not null, description text, url varchar not null, key varchar not null,
  is_enabled boolean not null default true, weight integer not null default 1, priority integer not null default 0,
  cost_multiplier numeric(10,4) default '1.0', group_tag varchar(50),
  provider_type varchar(20) not null default 'claude', model_redirects jsonb, allowed_models jsonb default null,
  limit_5h_usd numeric(10,2), limit_daily_usd numeric(10,2),
  daily_reset_mode daily_reset_mode not null default 'fixed', daily_reset_time varchar(5) not null default '00:00',
  limit_weekly_usd numeric(10,2), limit_monthly_usd numeric(10,2), limit_total_usd numeric(10,2),
  limit_concurrent_sessions integer default 0, max_retry_attempts integer,
  circuit_breaker_failure_threshold integer default 5, circuit_breaker_open_duration integer default 1800000,
  circuit_breaker_half_open_success_threshold integer default 2, proxy_url varchar(512),
  proxy_fallback_to_direct boolean default false, first_byte_timeout_streaming_ms integer not null default 0,
  streaming_idle_timeout_ms integer not null default 0, request_timeout_non_streaming_ms integer not null default 0,
  created_at timestamptz default now(), updated_at timestamptz default now(), deleted_at timestamptz);
create table model_prices (
  id serial primary key, model_name varchar not null, price_data jsonb not null,
  source varchar(20) not null default 'litellm', created_at timestamptz default now(),
  updated_at timestamptz default now());
`;

describe.skipIf(!adminUrl)('import-cch from an original Claude Code Hub PostgreSQL database', () => {
  let original: TestDatabase;
  let gateway: GatewayHarness;
  let upstream: MockUpstream;

  beforeAll(async () => {
    [original, gateway, upstream] = await Promise.all([
      createTestDatabase(adminUrl ?? ''),
      startGateway(),
      startMockUpstream({ name: 'original', requireKey: PROVIDER_KEY }),
    ]);
    const handle = await createDatabase({ databaseUrl: original.url, dataDir: '/unused' });
    try {
      await sql.raw(ORIGINAL_DDL).execute(handle.db);
      await sql`insert into providers (name, url, key, weight, priority, cost_multiplier, group_tag, model_redirects,
        limit_daily_usd, first_byte_timeout_streaming_ms, circuit_breaker_failure_threshold)
        values ('anthropic-main', ${upstream.url}, ${PROVIDER_KEY}, 3, 1, '1.5', 'default',
        '{"claude-sonnet-4-5":"claude-sonnet-4-5-20250929"}', '25.00', 45000, 7)`.execute(handle.db);
      await sql`insert into providers (name, url, key, deleted_at) values ('gone', 'http://x', 'sk-x', now())`.execute(
        handle.db,
      );
      await sql`insert into users (name, description, rpm_limit, daily_limit_usd, limit_concurrent_sessions, tags)
        values ('alice', 'team lead', 60, '12.50', 2, '["eng"]')`.execute(handle.db);
      await sql`insert into users (name, deleted_at) values ('bob', now())`.execute(handle.db);
      await sql`insert into keys (user_id, key, name, limit_daily_usd, can_login_web_ui)
        values (1, ${USER_KEY}, 'laptop', '5.00', true)`.execute(handle.db);
      await sql`insert into keys (user_id, key, name) values (2, 'sk-of-deleted-user', 'old')`.execute(handle.db);
      await sql`insert into model_prices (model_name, price_data, source, created_at) values
        ('my-model', '{"input_cost_per_token": 1e-6, "output_cost_per_token": 2e-6}', 'litellm',
          now() - interval '1 day'),
        ('my-model', '{"input_cost_per_token": 3e-6, "output_cost_per_token": 4e-6}', 'manual', now())`.execute(
        handle.db,
      );
    } finally {
      await handle.close();
    }
  });
  afterAll(async () => {
    await Promise.all([gateway?.close(), upstream?.close()]);
    await original?.drop();
  });

  const run = (apply: boolean) =>
    runCchImport({
      from: original.url,
      apply,
      db: gateway.runtime.db,
      box: gateway.runtime.secretBox,
      now: new Date(),
    });
  const kind = (outcome: Awaited<ReturnType<typeof run>>, name: string) =>
    outcome.plan.kinds.find((k) => k.kind === name);

  it('previews by default and writes nothing', async () => {
    const outcome = await run(false);
    expect(outcome.applied).toBe(false);
    expect(kind(outcome, 'provider')).toMatchObject({ create: 1, conflicts: 0 });
    expect(kind(outcome, 'user')).toMatchObject({ create: 1 });
    expect(kind(outcome, 'price')).toMatchObject({ create: 1 });
    // the key of the soft-deleted user has no user to belong to
    expect(kind(outcome, 'apiKey')).toMatchObject({ create: 1, conflicts: 1 });
    expect(outcome.plan.conflicts).toEqual([
      expect.objectContaining({ kind: 'apiKey', reason: expect.stringMatching(/user cch-user-2 is neither/) }),
    ]);
    expect(await listProviders(gateway.runtime.db, gateway.runtime.secretBox)).toEqual([]);
  });

  it('applies: the provider proxies with its re-encrypted key and the user key authenticates', async () => {
    const outcome = await run(true);
    expect(outcome.applied).toBe(true);
    await gateway.runtime.prices.reload();
    await gateway.runtime.cache.changed('import');
    const [provider] = await listProviders(gateway.runtime.db, gateway.runtime.secretBox);
    expect(provider).toMatchObject({
      name: 'anthropic-main',
      apiKey: PROVIDER_KEY,
      weight: 3,
      priority: 1,
      groups: ['default'],
      modelRedirects: [{ match: 'exact', pattern: 'claude-sonnet-4-5', target: 'claude-sonnet-4-5-20250929' }],
      limits: expect.objectContaining({ usdDaily: '25.00' }),
      timeouts: expect.objectContaining({ firstByteMs: 45_000 }),
      circuitBreaker: expect.objectContaining({ failureThreshold: 7 }),
    });
    const stored = await gateway.runtime.db.selectFrom('providers').select('apiKeyEncrypted').executeTakeFirstOrThrow();
    expect(stored.apiKeyEncrypted).not.toContain(PROVIDER_KEY);
    const [user] = await listUsers(gateway.runtime.db);
    expect(user).toMatchObject({
      name: 'alice',
      note: 'team lead',
      group: null,
      tags: ['eng'],
      limits: expect.objectContaining({ rpm: 60, usdDaily: '12.50', concurrentSessions: 2 }),
    });
    const keys = await listApiKeys(gateway.runtime.db);
    expect(keys).toEqual([expect.objectContaining({ name: 'laptop', consoleAccess: true, keyPrefix: 'sk-origina' })]);
    expect(JSON.stringify(keys)).not.toContain(USER_KEY);

    const answer = await callMessages(gateway.url, { key: USER_KEY });
    expect(answer.status).toBe(200);
    expect(JSON.parse(String(upstream.requests.at(-1)?.body))).toMatchObject({ model: 'claude-sonnet-4-5-20250929' });
    const price = await gateway.runtime.db.selectFrom('modelPrices').selectAll().executeTakeFirstOrThrow();
    expect(price).toMatchObject({ model: 'my-model', source: 'manual', prices: { input_cost_per_token: 3e-6 } });
  });

  it('reads "unchanged" on a second run', async () => {
    const outcome = await run(false);
    for (const name of ['provider', 'user', 'apiKey', 'price'])
      expect(kind(outcome, name), name).toMatchObject({ create: 0, update: 0 });
    expect(kind(outcome, 'provider')?.unchanged).toBe(1);
  });

  it('runs as `pnpm --filter @cch/gateway import-cch --from …` (dry run by default)', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'cch-import-'));
    try {
      const { stdout } = await promisify(execFile)(
        process.execPath,
        ['--import', 'tsx', '--conditions=source', 'src/cli/import-cch.ts', '--from', original.url],
        {
          cwd: join(import.meta.dirname, '..'),
          env: {
            ...process.env,
            DATA_DIR: dataDir,
            DATABASE_URL: '',
            ENCRYPTION_KEY: 'cli-test-encryption-key-0123456789abcdef',
          },
        },
      );
      expect(stdout).toContain(`Into: embedded database in ${dataDir}`);
      expect(stdout).toMatch(/^Dry run/m);
      expect(stdout).toMatch(/provider\s+1\s+0\s+0 0/);
      expect(stdout).not.toContain(PROVIDER_KEY);
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  }, 60_000);
});
