import type { KnownClient } from '@cch/contract';

export interface ClientVersion {
  client: KnownClient;
  version: string;
}

/**
 * How each client names itself in the User-Agent, e.g. `claude-cli/2.0.31 (external, cli)`,
 * `codex_exec/0.46.0 (…)` or `codex_cli_rs/0.46.0`, `GeminiCLI/0.10.0/gemini-2.5-pro (linux; x64)`,
 * `Anthropic/JS 0.65.0`, `OpenAI/Python 1.109.1`, `google-genai-sdk/1.20.0 gl-node/v22.0.0`.
 * The CLIs are checked first: a CLI built on an SDK may name the SDK too.
 */
const PATTERNS: readonly (readonly [KnownClient, RegExp])[] = [
  ['claude-code', /(?:^|[\s(])claude-cli\/(\d+(?:\.\d+){0,3})/i],
  ['codex', /(?:^|[\s(])codex_[a-z_]+\/(\d+(?:\.\d+){0,3})/i],
  ['gemini-cli', /(?:^|[\s(])GeminiCLI\/(\d+(?:\.\d+){0,3})/i],
  ['anthropic-sdk', /(?:^|[\s(])Anthropic\/[A-Za-z]+ (\d+(?:\.\d+){0,3})/i],
  ['openai-sdk', /(?:^|[\s(])OpenAI\/[A-Za-z]+ (\d+(?:\.\d+){0,3})/i],
  ['google-genai-sdk', /(?:^|[\s(])google-genai-sdk\/(\d+(?:\.\d+){0,3})/i],
];

/** The client and version a User-Agent names, or null for one the gateway does not know. */
export function parseClientVersion(userAgent: string): ClientVersion | null {
  for (const [client, pattern] of PATTERNS) {
    const match = pattern.exec(userAgent);
    if (match?.[1]) return { client, version: match[1] };
  }
  return null;
}

/** Compares dotted versions number by number (`2.0.9` < `2.0.31`); missing parts count as 0. */
export function compareVersions(a: string, b: string): number {
  const left = a.split('.').map(Number);
  const right = b.split('.').map(Number);
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const diff = (left[i] ?? 0) - (right[i] ?? 0);
    if (diff !== 0) return diff < 0 ? -1 : 1;
  }
  return 0;
}
