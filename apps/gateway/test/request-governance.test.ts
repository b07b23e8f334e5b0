import { CONTEXT_1M_BETA } from '@cch/contract';
import { type DecisionChain, getRequestLog, listAuditLog, type Provider } from '@cch/core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { MOCK_USAGE, type MockUpstream, startMockUpstream } from './mock-upstream/index.js';
import { adminFetch, body } from './support/admin-client.js';
import { callMessages, messageBody } from './support/anthropic-client.js';
import { type GatewayHarness, startGateway } from './support/gateway-harness.js';
import { logRowOf } from './support/log-rows.js';
import { CHAT, RESPONSES } from './support/protocol-client.js';

let gateway: GatewayHarness;
let claudeUpstream: MockUpstream;
let codexUpstream: MockUpstream;
let chatUpstream: MockUpstream;
let claude: Provider;
let key: string;
let contractorKey: string;

beforeAll(async () => {
  [gateway, claudeUpstream, codexUpstream, chatUpstream] = await Promise.all([
    startGateway(),
    // a relay that reports cache writes without the 5m/1h split
    startMockUpstream({ name: 'claude', omitCacheTtlSplit: true }),
    startMockUpstream({ name: 'codex' }),
    startMockUpstream({ name: 'chat' }),
  ]);
  claude = await gateway.addProvider({
    name: 'claude',
    baseUrl: claudeUpstream.url,
    groups: ['default', 'contractors'],
  });
  await gateway.addProvider({ name: 'codex', type: 'codex', baseUrl: codexUpstream.url });
  await gateway.addProvider({ name: 'chat', type: 'openai-compatible', baseUrl: chatUpstream.url });
  ({ key } = await gateway.addCaller());
  ({ key: contractorKey } = await gateway.addCaller({ group: 'contractors' }));
});

afterAll(async () => {
  await Promise.all([gateway?.close(), claudeUpstream?.close(), codexUpstream?.close(), chatUpstream?.close()]);
});

beforeEach(async () => {
  for (const upstream of [claudeUpstream, codexUpstream, chatUpstream]) upstream.reset();
  const { db } = gateway.runtime;
  await db.deleteFrom('requestFilters').execute();
  await db.deleteFrom('sensitiveWords').execute();
  await db.deleteFrom('providerOverrides').execute();
  await db.deleteFrom('clientVersionRules').execute();
  await gateway.runtime.cache.changed('test reset');
});

async function admin(method: string, path: string, payload?: unknown) {
  return adminFetch(gateway.url, method, path, payload === undefined ? {} : { body: payload });
}

async function created(path: string, payload: unknown): Promise<string> {
  const response = await admin('POST', path, payload);
  expect(response.status, response.text).toBe(201);
  return String(body(response).id);
}

async function chainOf(result: { headers: Headers }): Promise<DecisionChain> {
  const row = await logRowOf(gateway, result);
  const detail = await getRequestLog(gateway.runtime.db, row.id);
  return detail?.decisionChain as DecisionChain; // written by the record step in this shape
}

function upstreamBody(upstream: MockUpstream): Record<string, unknown> {
  return JSON.parse(upstream.requests[0]!.body) as Record<string, unknown>;
}

describe('request filters', () => {
  it('removes and sets body fields and headers before forwarding, naming each rule in the decision chain', async () => {
    const drop = await created('/request-filters', {
      name: 'drop context management',
      scope: 'global',
      target: 'body',
      action: 'remove',
      path: 'context_management',
    });
    const userId = await created('/request-filters', {
      name: 'force user id',
      position: 1,
      scope: 'provider',
      scopeValue: claude.id,
      target: 'body',
      action: 'set',
      path: 'metadata.user_id',
      value: 'hub',
    });
    const beta = await created('/request-filters', {
      name: 'drop betas for contractors',
      position: 2,
      scope: 'user_group',
      scopeValue: 'contractors',
      target: 'header',
      action: 'remove',
      path: 'anthropic-beta',
    });
    const sent = messageBody({ context_management: { edits: [] }, metadata: { user_id: 'client' } });
    const headers = { 'anthropic-beta': 'interleaved-thinking-2025-05-14' };

    const result = await callMessages(gateway.url, { key, body: sent, headers });
    expect(result.status).toBe(200);
    const forwarded = upstreamBody(claudeUpstream);
    expect(forwarded).not.toHaveProperty('context_management');
    expect(forwarded.metadata).toEqual({ user_id: 'hub' });
    expect(claudeUpstream.requests[0]!.headers['anthropic-beta']).toBe('interleaved-thinking-2025-05-14');
    const chain = await chainOf(result);
    expect(chain.rules?.map((r) => [r.ruleId, r.action, r.detail])).toEqual([
      [drop, 'body_removed', 'context_management'],
      [userId, 'body_set', 'metadata.user_id'],
    ]);

    const contractor = await callMessages(gateway.url, { key: contractorKey, body: sent, headers });
    expect(contractor.status).toBe(200);
    expect(claudeUpstream.requests[1]!.headers).not.toHaveProperty('anthropic-beta');
    expect((await chainOf(contractor)).rules?.map((r) => r.ruleId)).toEqual([drop, userId, beta]);
  });

  it('forwards the body byte for byte when no filter applies', async () => {
    await created('/request-filters', {
      name: 'another provider only',
      scope: 'provider',
      scopeValue: 'some-other-provider',
      target: 'body',
      action: 'remove',
      path: 'metadata',
    });
    const sent = messageBody({ metadata: { user_id: 'client' } });
    const result = await callMessages(gateway.url, { key, body: sent });
    expect(result.status).toBe(200);
    expect(claudeUpstream.requests[0]!.body).toBe(JSON.stringify(sent));
    expect((await chainOf(result)).rules).toBeUndefined();
  });

  it('stores a secret value encrypted, never returns it, and keeps it when updated without one', async () => {
    const secret = 'relay-token-0123456789-SECRET';
    const payload = {
      name: 'relay token',
      scope: 'global',
      target: 'header',
      action: 'set',
      path: 'X-Relay-Token',
      value: secret,
      secret: true,
    };
    const id = await created('/request-filters', payload);
    const list = await admin('GET', '/request-filters');
    expect(list.text).not.toContain(secret);
    expect(list.text).toContain('••••CRET');
    const stored = await gateway.runtime.db.selectFrom('requestFilters').selectAll().executeTakeFirstOrThrow();
    expect(JSON.stringify(stored)).not.toContain(secret);

    const { value: _value, ...withoutValue } = payload;
    const updated = await admin('PUT', `/request-filters/${id}`, { ...withoutValue, name: 'renamed' });
    expect(updated.status, updated.text).toBe(200);
    expect(updated.text).not.toContain(secret);

    const result = await callMessages(gateway.url, { key });
    expect(result.status).toBe(200);
    expect(claudeUpstream.requests[0]!.headers['x-relay-token']).toBe(secret);
    const chain = await chainOf(result);
    expect(JSON.stringify(chain)).not.toContain(secret);
    expect(chain.rules).toEqual([
      { kind: 'request_filter', ruleId: id, action: 'header_set', detail: 'x-relay-token', providerId: claude.id },
    ]);
  });

  it('refuses filters that cannot work, naming the field', async () => {
    const bad = await admin('POST', '/request-filters', {
      name: 'x',
      scope: 'global',
      target: 'header',
      action: 'set',
      path: 'content-length',
      value: '1',
    });
    expect(bad.status).toBe(400);
    expect(bad.text).toContain('content-length is set by the gateway');
    const noScope = await admin('POST', '/request-filters', {
      name: 'x',
      scope: 'provider',
      target: 'body',
      action: 'remove',
      path: 'metadata',
    });
    expect(noScope.status).toBe(400);
    expect(noScope.text).toContain('scopeValue');
  });
});

describe('sensitive words', () => {
  it('refuses a request whose text holds the word, in the caller protocol, uncharged and unforwarded', async () => {
    const id = await created('/sensitive-words', { pattern: 'Project Falcon', kind: 'word' });
    const result = await callMessages(gateway.url, {
      key,
      body: messageBody({ messages: [{ role: 'user', content: 'what is project falcon about?' }] }),
    });
    expect(result.status).toBe(400);
    expect(result.json).toMatchObject({ type: 'error', error: { type: 'invalid_request_error' } });
    expect(result.text).toContain('Project Falcon');
    expect(claudeUpstream.requests).toHaveLength(0);
    const row = await logRowOf(gateway, result);
    expect([row.errorClass, row.costUsd, row.providerId]).toEqual(['content_refused', '0', null]);
    expect((await chainOf(result)).rules).toEqual([
      { kind: 'sensitive_word', ruleId: id, action: 'refused', detail: 'word' },
    ]);

    const chat = await CHAT.call(gateway.url, { key, prompt: 'tell me about PROJECT FALCON' });
    expect(chat.status).toBe(400);
    expect(chat.json).toMatchObject({ error: { type: 'invalid_request_error' } });
    expect(chatUpstream.requests).toHaveLength(0);
  });

  it('ignores tool schemas and ids, and applies group words to that group only', async () => {
    await created('/sensitive-words', { pattern: 'falcon', kind: 'word' });
    await created('/sensitive-words', { pattern: 'internal\\s+only', kind: 'regex', scopeGroup: 'contractors' });
    const tools = [{ name: 'falcon_lookup', description: 'falcon', input_schema: { type: 'object' } }];
    const withTool = await callMessages(gateway.url, { key, body: messageBody({ tools }) });
    expect(withTool.status).toBe(200);

    const memo = messageBody({ messages: [{ role: 'user', content: 'this memo is INTERNAL   only' }] });
    expect((await callMessages(gateway.url, { key, body: memo })).status).toBe(200);
    const refused = await callMessages(gateway.url, { key: contractorKey, body: memo });
    expect(refused.status).toBe(400);
    expect(refused.text).toContain('INTERNAL   only');
  });

  it('refuses a catastrophic regular expression when it is saved', async () => {
    const response = await admin('POST', '/sensitive-words', { pattern: '(a+)+$', kind: 'regex' });
    expect(response.status).toBe(400);
    expect(response.text).toContain('repeated group');
    expect(body(await admin('GET', '/sensitive-words')).items).toEqual([]);
  });
  it('audits each change, refuses a catastrophic regex on update, and 404s an unknown id', async () => {
    const id = await created('/sensitive-words', { pattern: 'codename', kind: 'word' });
    const updated = await admin('PUT', `/sensitive-words/${id}`, { pattern: 'codename-2', kind: 'word' });
    expect(body(updated)).toMatchObject({ id, pattern: 'codename-2' });
    const unsafe = await admin('PUT', `/sensitive-words/${id}`, { pattern: '(a+)+$', kind: 'regex' });
    expect(unsafe.status).toBe(400);
    expect((await admin('DELETE', `/sensitive-words/${id}`)).status).toBe(200);
    const missing = await admin('PUT', `/sensitive-words/${id}`, { pattern: 'x', kind: 'word' });
    expect(missing.status).toBe(404);
    const audit = await listAuditLog(gateway.runtime.db, { targetId: id });
    const entries = audit.items.map((row) => [row.action, row.before, row.after]);
    expect(entries).toEqual(
      expect.arrayContaining([
        ['sensitive-word.create', null, expect.objectContaining({ pattern: 'codename' })],
        [
          'sensitive-word.update',
          expect.objectContaining({ pattern: 'codename' }),
          expect.objectContaining({ pattern: 'codename-2' }),
        ],
        ['sensitive-word.delete', expect.objectContaining({ pattern: 'codename-2' }), null],
      ]),
    );
    expect(entries).toHaveLength(3);
  });
});

describe('provider overrides', () => {
  it('forces cache TTL, the 1M beta, a max_tokens cap and metadata.user_id, and bills 1h cache writes', async () => {
    const put = await admin('PUT', `/providers/${claude.id}/overrides`, {
      cacheTtl: '1h',
      context1m: 'add',
      maxTokensCap: 32,
      metadataUserId: { mode: 'set', value: 'hub-user' },
    });
    expect(put.status, put.text).toBe(200);
    expect(body(put)).toMatchObject({ providerId: claude.id, cacheTtl: '1h', reasoningEffort: null });

    const sent = messageBody({
      max_tokens: 64000,
      system: [{ type: 'text', text: 'long system prompt', cache_control: { type: 'ephemeral' } }],
    });
    const result = await callMessages(gateway.url, { key, body: sent });
    expect(result.status).toBe(200);
    const forwarded = upstreamBody(claudeUpstream);
    expect(forwarded.system).toEqual([
      { type: 'text', text: 'long system prompt', cache_control: { type: 'ephemeral', ttl: '1h' } },
    ]);
    expect(forwarded.max_tokens).toBe(32);
    expect(forwarded.metadata).toEqual({ user_id: 'hub-user' });
    expect(claudeUpstream.requests[0]!.headers['anthropic-beta']).toContain(CONTEXT_1M_BETA);

    const row = await logRowOf(gateway, result);
    expect([row.cacheWrite5mTokens, row.cacheWrite1hTokens]).toEqual([0, MOCK_USAGE.cacheCreation]);
    const detail = await getRequestLog(gateway.runtime.db, row.id);
    const breakdown = detail?.costBreakdown as Record<string, string>;
    expect(Number(breakdown.cacheWrite1hUsd)).toBeGreaterThan(0);
    expect(Number(breakdown.cacheWrite5mUsd ?? 0)).toBe(0);
    const chain = await chainOf(result);
    expect(chain.rules?.every((r) => r.kind === 'provider_override' && r.ruleId === claude.id)).toBe(true);
    expect(chain.rules?.map((r) => [r.action, r.detail])).toContainEqual(['cache_ttl_set', '1h on 1 breakpoint']);
  });

  it('sets Codex reasoning effort and summary', async () => {
    const codex = gateway.runtime.cache.current().providers.find((p) => p.name === 'codex')!;
    const put = await admin('PUT', `/providers/${codex.id}/overrides`, {
      reasoningEffort: 'high',
      reasoningSummary: 'detailed',
    });
    expect(put.status).toBe(200);
    const result = await RESPONSES.call(gateway.url, { key });
    expect(result.status).toBe(200);
    expect(upstreamBody(codexUpstream).reasoning).toEqual({ effort: 'high', summary: 'detailed' });
    expect((await admin('GET', '/provider-overrides')).text).toContain(codex.id);
  });

  it('answers 404 for an unknown provider', async () => {
    expect((await admin('PUT', '/providers/nope/overrides', {})).status).toBe(404);
  });
});

describe('client version rules', () => {
  it('tells an outdated Claude Code which version to install, in the Anthropic error shape', async () => {
    const id = await created('/client-version-rules', { client: 'claude-code', minVersion: '2.0.31' });
    const old = await callMessages(gateway.url, { key, headers: { 'user-agent': 'claude-cli/2.0.9 (external, cli)' } });
    expect(old.status).toBe(403);
    expect(old.json).toMatchObject({ type: 'error', error: { type: 'permission_error' } });
    expect(old.text).toContain('npm install -g @anthropic-ai/claude-code@2.0.31');
    expect(claudeUpstream.requests).toHaveLength(0);
    expect((await chainOf(old)).rules).toEqual([
      { kind: 'client_version', ruleId: id, action: 'refused', detail: 'claude-code 2.0.9 (minimum 2.0.31)' },
    ]);

    const current = await callMessages(gateway.url, {
      key,
      headers: { 'user-agent': 'claude-cli/2.0.31 (external, cli)' },
    });
    expect(current.status).toBe(200);
  });

  it('refuses a blocked Codex version in the OpenAI error shape, for its user group only', async () => {
    await created('/client-version-rules', { client: 'codex', blockedVersions: ['0.46.0'], scopeGroup: 'contractors' });
    const ua = { 'user-agent': 'codex_exec/0.46.0 (Ubuntu 24.4.0; x86_64) dumb (codex_exec; 0.46.0)' };
    await gateway.addProvider({
      name: 'codex-contractors',
      type: 'codex',
      baseUrl: codexUpstream.url,
      groups: ['contractors'],
    });
    const blocked = await RESPONSES.call(gateway.url, { key: contractorKey, headers: ua });
    // a final error reaches Codex as a 400, which it shows at once instead of retrying
    expect(blocked.status, blocked.text).toBe(400);
    expect(blocked.json).toMatchObject({ error: { type: 'permission_error' } });
    expect(blocked.text).toContain('0.46.0 is blocked');
    expect((await RESPONSES.call(gateway.url, { key, headers: ua })).status).toBe(200);
  });

  it('refuses a rule with neither a minimum nor a blocked version', async () => {
    const response = await admin('POST', '/client-version-rules', { client: 'gemini-cli' });
    expect(response.status).toBe(400);
  });
});
