import { describe, expect, it } from 'vitest';
import { buildUpstreamUrl, UpstreamUrlError } from './build-upstream-url.js';

describe('buildUpstreamUrl', () => {
  it('joins base URLs with or without their version segment', () => {
    expect(buildUpstreamUrl('claude', 'https://api.anthropic.com', '/v1/messages').href).toBe(
      'https://api.anthropic.com/v1/messages',
    );
    expect(buildUpstreamUrl('claude', 'https://api.anthropic.com/v1/', '/v1/messages?beta=true').href).toBe(
      'https://api.anthropic.com/v1/messages?beta=true',
    );
    expect(buildUpstreamUrl('gemini', 'https://g.example/v1beta', '/v1beta/models/m:generateContent').href).toBe(
      'https://g.example/v1beta/models/m:generateContent',
    );
    expect(buildUpstreamUrl('gemini-cli', 'https://c.example/v1internal', '/v1internal:generateContent').href).toBe(
      'https://c.example/v1internal:generateContent',
    );
    expect(buildUpstreamUrl('openai-compatible', 'https://relay.example/openai', '/v1/chat/completions').href).toBe(
      'https://relay.example/openai/v1/chat/completions',
    );
  });

  it('refuses any path that would leave the base URL', () => {
    const base = 'https://relay.example/tenant-a';
    for (const path of [
      '/v1beta/models/../../../_control/x:generateContent',
      '/v1beta/models/%2e%2e/%2e%2e/_control/x:generateContent',
      '/v1beta/models/..%2f..%2fx:generateContent',
      '/v1/..',
      '/v1/%2E%2E/admin',
      '/v1\\..\\admin',
    ]) {
      expect(() => buildUpstreamUrl('gemini', base, path), path).toThrow(UpstreamUrlError);
    }
  });

  it('keeps a query that merely contains encoded characters', () => {
    expect(
      buildUpstreamUrl('gemini', 'https://g.example', '/v1beta/models/m:streamGenerateContent?alt=sse').search,
    ).toBe('?alt=sse');
  });
});
