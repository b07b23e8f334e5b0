/**
 * The real CLIs (Codex, Gemini CLI, Claude Code) get their answers through the gateway from mock
 * upstreams. Each test is skipped when its CLI is not installed (see support/real-cli.ts).
 */
import { listRequestLogs, stateKeys } from '@cch/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type MockUpstream, startMockUpstream } from './mock-upstream/index.js';
import { type GatewayHarness, startGateway } from './support/gateway-harness.js';
import { findCli, makeHome, runCli } from './support/real-cli.js';

const codex = findCli('codex');
const gemini = findCli('gemini');
const claude = findCli('claude');

let gateway: GatewayHarness;
let upstreams: MockUpstream[];
let key: string;

beforeAll(async () => {
  [gateway, ...upstreams] = await Promise.all([
    startGateway(),
    startMockUpstream({ name: 'A' }),
    startMockUpstream({ name: 'B' }),
  ]);
  for (const [i, name] of ['A', 'B'].entries()) {
    for (const type of ['claude', 'codex', 'gemini'] as const)
      await gateway.addProvider({ name: `${type}-${name}`, type, baseUrl: upstreams[i]!.url });
  }
  ({ key } = await gateway.addCaller());
});
afterAll(async () => {
  await Promise.all([gateway?.close(), ...(upstreams ?? []).map((u) => u.close())]);
});

async function logRows(protocol: string) {
  await new Promise((resolve) => setTimeout(resolve, 50));
  await gateway.flushLogs();
  return (await listRequestLogs(gateway.runtime.db, { limit: 500 })).items.filter((row) => row.protocol === protocol);
}

/** The mock echoes the last user text; the CLIs prepend their own context to it, the prompt comes last. */
const answer = /hello from [AB]: [\s\S]*say hi/;
const report = (name: string, run: { code: number | null; stdout: string; stderr: string }) =>
  console.info(
    `${name} exit ${run.code}\n--- stdout ---\n${run.stdout.trim()}\n` +
      `--- stderr (tail) ---\n${run.stderr.trim().split('\n').slice(-5).join('\n')}`,
  );

describe.skipIf(!codex)('Codex CLI (codex exec, Responses wire API)', () => {
  it('prints the mock answer and the request is logged and billed', async () => {
    const hub = `name="hub",base_url="${gateway.url}/v1",env_key="HUB_KEY",wire_api="responses"`;
    const provider = `model_providers.hub={${hub}}`;
    const run = await runCli({
      bin: codex!,
      args: [
        'exec',
        '--skip-git-repo-check',
        '-c',
        provider,
        '-c',
        'model_provider=hub',
        '-m',
        'gpt-5-codex',
        'say hi',
      ],
      env: (home) => ({ CODEX_HOME: `${home}/.codex`, HUB_KEY: key }),
      files: { '.codex/.keep': '' },
    });
    report('codex exec', run);
    expect(run.stdout).toMatch(answer);
    expect(run.code).toBe(0);
    const rows = await logRows('openai-responses');
    expect(rows.find((r) => r.statusCode === 200)).toMatchObject({
      endpoint: 'openai-responses.create',
      isStream: true,
      requestedModel: 'gpt-5-codex',
    });
    expect(Number(rows[0]!.costUsd)).toBeGreaterThan(0);
  }, 150_000);
});

describe.skipIf(!gemini)('Gemini CLI (gemini -p, Gemini API key)', () => {
  it('prints the mock answer and the request is logged and billed', async () => {
    const run = await runCli({
      bin: gemini!,
      args: ['-m', 'gemini-2.5-flash', '-p', 'say hi'],
      env: { GEMINI_API_KEY: key, GOOGLE_GEMINI_BASE_URL: gateway.url, GEMINI_CLI_TRUST_WORKSPACE: 'true' },
      files: { '.gemini/settings.json': JSON.stringify({ security: { auth: { selectedType: 'gemini-api-key' } } }) },
    });
    report('gemini -p', run);
    // Gemini CLI puts its session context first in the user turn, so the echo is cut before the prompt
    expect(run.stdout).toMatch(/^hello from [AB]: <session_context>/);
    expect(run.code).toBe(0);
    const rows = await logRows('gemini');
    expect(rows.find((r) => r.endpoint === 'gemini.stream_generate_content')).toMatchObject({
      statusCode: 200,
      isStream: true,
      requestedModel: 'gemini-2.5-flash',
    });
    expect(rows.some((r) => Number(r.costUsd) > 0)).toBe(true);
  }, 150_000);
});

describe.skipIf(!claude)('Claude Code (claude -p, then --resume in the same session)', () => {
  it('prints the mock answer twice, the second turn on the provider the session is bound to', async () => {
    const home = makeHome();
    const env = {
      ANTHROPIC_BASE_URL: gateway.url,
      ANTHROPIC_API_KEY: key,
      DISABLE_TELEMETRY: '1',
      DISABLE_AUTOUPDATER: '1',
      CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC: '1',
    };
    try {
      const first = await runCli({ bin: claude!, args: ['-p', 'say hi'], env, home: home.path });
      report('claude -p', first);
      expect(first.stdout).toMatch(answer);
      const firstRows = await logRows('anthropic');
      const sessionId = firstRows.find((r) => r.sessionId && r.endpoint === 'anthropic.messages')?.sessionId;
      expect(sessionId).toBeTruthy();
      const bound = await gateway.runtime.store.get(stateKeys.session(sessionId!));
      expect(bound).not.toBeNull();

      const second = await runCli({
        bin: claude!,
        args: ['-p', '--resume', sessionId!, 'say hi'],
        env,
        home: home.path,
      });
      report('claude -p --resume', second);
      expect(second.stdout).toMatch(answer);
      const secondRows = (await logRows('anthropic')).filter(
        (r) => !firstRows.some((f) => f.id === r.id) && r.sessionId === sessionId,
      );
      expect(secondRows.length).toBeGreaterThan(0);
      expect(new Set(secondRows.map((r) => r.providerId))).toEqual(new Set([bound]));
    } finally {
      home.remove();
    }
  }, 300_000);
});
