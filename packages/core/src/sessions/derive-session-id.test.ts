import { describe, expect, it } from 'vitest';
import { type JsonBody, readJsonBody } from '../json/json-body.js';
import { deriveSessionId as derive } from './derive-session-id.js';

const json = (value: unknown): JsonBody => readJsonBody(Buffer.from(JSON.stringify(value)))!;
const deriveSessionId = (input: Omit<Parameters<typeof derive>[0], 'body'> & { body: unknown }) =>
  derive({ ...input, body: json(input.body) });

describe('deriveSessionId', () => {
  it('reads Claude Code header, then the JSON metadata.user_id, then the legacy form', () => {
    expect(
      deriveSessionId({ protocol: 'anthropic', headers: { 'x-claude-code-session-id': 's-1' }, body: {}, keyId: 'k' })
        .id,
    ).toBe('s-1');
    const userId = JSON.stringify({ device_id: 'd', account_uuid: '', session_id: 'abc-123' });
    expect(
      deriveSessionId({ protocol: 'anthropic', headers: {}, body: { metadata: { user_id: userId } }, keyId: 'k' }),
    ).toEqual({ id: 'abc-123', source: 'metadata' });
    const legacy = 'user_0f9e_account__session_5d1c0a40-aaaa-bbbb-cccc-111122223333';
    expect(
      deriveSessionId({ protocol: 'anthropic', headers: {}, body: { metadata: { user_id: legacy } }, keyId: 'k' }).id,
    ).toBe('5d1c0a40-aaaa-bbbb-cccc-111122223333');
  });

  it('reads Codex session headers and prompt_cache_key', () => {
    expect(
      deriveSessionId({ protocol: 'openai-responses', headers: { 'session-id': 'cx' }, body: {}, keyId: 'k' }).id,
    ).toBe('cx');
    expect(
      deriveSessionId({ protocol: 'openai-responses', headers: {}, body: { prompt_cache_key: 'pck' }, keyId: 'k' }).id,
    ).toBe('pck');
  });

  it('falls back to a hash that is stable per key and conversation opening', () => {
    const body = { messages: [{ role: 'user', content: 'hello' }] };
    const a = deriveSessionId({ protocol: 'anthropic', headers: {}, body, keyId: 'k1' });
    const longer = {
      messages: [...body.messages, { role: 'assistant', content: 'hi' }, { role: 'user', content: 'more' }],
    };
    expect(a.source).toBe('content_hash');
    expect(deriveSessionId({ protocol: 'anthropic', headers: {}, body, keyId: 'k2' }).id).not.toBe(a.id);
    expect(
      deriveSessionId({
        protocol: 'anthropic',
        headers: {},
        body: { messages: [{ role: 'user', content: 'other' }] },
        keyId: 'k1',
      }).id,
    ).not.toBe(a.id);
    // the next turn of the same conversation keeps its session
    expect(deriveSessionId({ protocol: 'anthropic', headers: {}, body: longer, keyId: 'k1' }).id).toBe(a.id);
  });
});
