import { CONTEXT_1M_BETA, providerOverrideBody } from '@cch/contract';
import { describe, expect, it } from 'vitest';
import type { Provider } from '../domain/provider.js';
import type { RequestFilterRule } from './request-filters/request-filter.js';
import { compileRequestRules } from './request-rules.js';
import { rewriteUpstreamRequest } from './rewrite-upstream-request.js';

const at = new Date(0);
const provider = { id: 'p1', groups: ['relay'] } as Provider;

function filter(fields: Partial<RequestFilterRule>): RequestFilterRule {
  return {
    id: 'f1',
    name: 'f',
    enabled: true,
    position: 0,
    scope: 'global',
    scopeValue: null,
    target: 'body',
    action: 'remove',
    path: 'context_management',
    value: null,
    secret: false,
    createdAt: at,
    updatedAt: at,
    ...fields,
  };
}

function rules(filters: RequestFilterRule[], override?: Parameters<typeof providerOverrideBody.parse>[0]) {
  return compileRequestRules({
    filters,
    sensitiveWords: [],
    overrides: override ? [{ providerId: 'p1', settings: providerOverrideBody.parse(override), updatedAt: at }] : [],
    clientVersions: [],
  });
}

const BODY = Buffer.from(
  '{"model":"claude-sonnet-4-5",  "max_tokens":64000,"context_management":{"edits":[]},' +
    '"metadata":{"user_id":"u-1"},"messages":[{"role":"user","content":[{"type":"text","text":"hi",' +
    '"cache_control":{"type":"ephemeral"}}]}]}',
);

function run(ruleSet: ReturnType<typeof rules>, headers: Record<string, string> = {}, group = 'default') {
  return rewriteUpstreamRequest(ruleSet, { provider, userGroup: group, protocol: 'anthropic', headers, body: BODY });
}

describe('rewriteUpstreamRequest', () => {
  it('returns the very same body buffer when no rule applies', () => {
    const result = run(rules([filter({ scope: 'provider', scopeValue: 'other' })]));
    expect(result.body).toBe(BODY);
    expect(result.hits).toEqual([]);
  });

  it('removes and sets body paths, keeping other fields byte for byte', () => {
    const result = run(
      rules([
        filter({ id: 'drop' }),
        filter({ id: 'uid', action: 'set', path: 'metadata.user_id', value: 'forced', position: 1 }),
      ]),
    );
    const text = result.body!.toString();
    expect(JSON.parse(text)).toMatchObject({ metadata: { user_id: 'forced' }, max_tokens: 64000 });
    expect(text).not.toContain('context_management');
    expect(text).toContain(BODY.toString().slice(BODY.indexOf('"messages"') + 11, -1));
    expect(result.hits.map((h) => [h.ruleId, h.action, h.detail])).toEqual([
      ['drop', 'body_removed', 'context_management'],
      ['uid', 'body_set', 'metadata.user_id'],
    ]);
  });

  it('scopes filters by provider group and user group, and edits headers', () => {
    const ruleSet = rules([
      filter({ id: 'h1', scope: 'provider_group', scopeValue: 'relay', target: 'header', path: 'anthropic-beta' }),
      filter({
        id: 'h2',
        scope: 'user_group',
        scopeValue: 'vip',
        target: 'header',
        action: 'set',
        path: 'X-Tier',
        value: 'gold',
      }),
    ]);
    expect(run(ruleSet, { 'anthropic-beta': 'x' }).headers).toEqual({});
    expect(run(ruleSet, {}, 'vip').headers).toEqual({ 'x-tier': 'gold' });
  });

  it('applies provider overrides: cache TTL, 1M beta, max_tokens clamp, metadata.user_id', () => {
    const result = run(
      rules([], { cacheTtl: '1h', context1m: 'add', maxTokensCap: 8192, metadataUserId: { mode: 'strip' } }),
      { 'anthropic-beta': 'fine-grained-tool-streaming-2025-05-14' },
    );
    const body = JSON.parse(result.body!.toString());
    expect(body.messages[0].content[0].cache_control).toEqual({ type: 'ephemeral', ttl: '1h' });
    expect(body.max_tokens).toBe(8192);
    expect(body.metadata).toEqual({});
    expect(result.headers['anthropic-beta']).toBe(`fine-grained-tool-streaming-2025-05-14,${CONTEXT_1M_BETA}`);
    expect(result.hits.map((h) => [h.action, h.detail])).toEqual([
      ['beta_added', CONTEXT_1M_BETA],
      ['max_tokens_clamped', 'max_tokens to 8192'],
      ['cache_ttl_set', '1h on 1 breakpoint'],
      ['user_id_removed', undefined],
    ]);
  });

  it('sets Codex reasoning effort and summary on a Responses body', () => {
    const result = rewriteUpstreamRequest(rules([], { reasoningEffort: 'high', reasoningSummary: 'detailed' }), {
      provider,
      userGroup: 'default',
      protocol: 'openai-responses',
      headers: {},
      body: Buffer.from('{"model":"gpt-5-codex","reasoning":{"effort":"low"},"input":"hi"}'),
    });
    expect(JSON.parse(result.body!.toString()).reasoning).toEqual({ effort: 'high', summary: 'detailed' });
  });
});
