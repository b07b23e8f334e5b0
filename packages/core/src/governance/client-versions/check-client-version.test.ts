import { describe, expect, it } from 'vitest';
import type { ClientVersionRuleRecord } from './client-version-rule.js';
import { checkClientVersion } from './check-client-version.js';
import { compareVersions, parseClientVersion } from './parse-client-version.js';

function rule(fields: Partial<ClientVersionRuleRecord>): ClientVersionRuleRecord {
  const at = new Date(0);
  return {
    id: 'r1',
    client: 'claude-code',
    minVersion: null,
    blockedVersions: [],
    scopeGroup: null,
    enabled: true,
    note: '',
    createdAt: at,
    updatedAt: at,
    ...fields,
  };
}

describe('parseClientVersion', () => {
  it.each([
    ['claude-cli/2.0.31 (external, cli)', 'claude-code', '2.0.31'],
    ['codex_exec/0.46.0 (Ubuntu 22.4.0; x86_64) xterm', 'codex', '0.46.0'],
    ['codex_cli_rs/0.50.1 (Mac OS 15.0.0; arm64)', 'codex', '0.50.1'],
    ['GeminiCLI/0.10.0/gemini-2.5-pro (linux; x64)', 'gemini-cli', '0.10.0'],
    ['Anthropic/JS 0.65.0', 'anthropic-sdk', '0.65.0'],
    ['OpenAI/Python 1.109.1', 'openai-sdk', '1.109.1'],
    ['google-genai-sdk/1.20.0 gl-node/v22.1.0', 'google-genai-sdk', '1.20.0'],
  ])('reads %s', (ua, client, version) => {
    expect(parseClientVersion(ua)).toEqual({ client, version });
  });

  it('knows nothing of other agents', () => {
    expect(parseClientVersion('curl/8.5.0')).toBeNull();
    expect(parseClientVersion('my-claude-cli/2.0.0')).toBeNull();
  });

  it('compares versions number by number', () => {
    expect(compareVersions('2.0.9', '2.0.31')).toBe(-1);
    expect(compareVersions('2.1', '2.1.0')).toBe(0);
    expect(compareVersions('10.0.0', '9.9.9')).toBe(1);
  });
});

describe('checkClientVersion', () => {
  it('refuses a client below the minimum and names the version to install', () => {
    const refusal = checkClientVersion([rule({ minVersion: '2.0.31' })], 'claude-cli/2.0.9 (external, cli)', 'default');
    expect(refusal?.ruleId).toBe('r1');
    expect(refusal?.message).toContain('2.0.31 or newer');
    expect(refusal?.message).toContain('npm install -g @anthropic-ai/claude-code@2.0.31');
  });

  it('lets the minimum itself, newer versions and other clients through', () => {
    const rules = [rule({ minVersion: '2.0.31' })];
    expect(checkClientVersion(rules, 'claude-cli/2.0.31 (external, cli)', 'default')).toBeNull();
    expect(checkClientVersion(rules, 'claude-cli/2.1.0 (external, cli)', 'default')).toBeNull();
    expect(checkClientVersion(rules, 'codex_exec/0.1.0', 'default')).toBeNull();
  });

  it('refuses a blocked version and applies group rules to that group only', () => {
    const rules = [rule({ blockedVersions: ['2.0.20'], scopeGroup: 'team-a' })];
    expect(checkClientVersion(rules, 'claude-cli/2.0.20 (external, cli)', 'team-a')?.message).toContain('blocked');
    expect(checkClientVersion(rules, 'claude-cli/2.0.20 (external, cli)', 'default')).toBeNull();
  });
});
