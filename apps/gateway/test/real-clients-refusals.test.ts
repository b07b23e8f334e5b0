/**
 * The real CLIs against a spent quota and against a gateway whose providers are all down: each
 * must stop within seconds with a readable message (what it prints and how long it took are
 * reported), not retry for minutes or hours.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type MockUpstream, startMockUpstream } from './mock-upstream/index.js';
import { callMessages } from './support/anthropic-client.js';
import { type GatewayHarness, startGateway } from './support/gateway-harness.js';
import { spentNano, withLimits } from './support/limit-fixtures.js';
import { type CliRun, findCli, runCli } from './support/real-cli.js';

const clis = { claude: findCli('claude'), codex: findCli('codex'), gemini: findCli('gemini') };

let gateway: GatewayHarness;
let upstream: MockUpstream;
/** A key whose daily budget is spent, and one in a group whose providers all have open circuits. */
let spentKey: string;
let downKey: string;

beforeAll(async () => {
  [gateway, upstream] = await Promise.all([
    startGateway({ env: { TZ: 'Asia/Shanghai' } }),
    startMockUpstream({ name: 'cc' }),
  ]);
  for (const type of ['claude', 'codex', 'gemini'] as const) {
    await gateway.addProvider({ type, baseUrl: upstream.url });
    const down = await gateway.addProvider({ type, baseUrl: upstream.url, groups: ['down'] });
    await gateway.runtime.store.recordBreakerOutcome({
      key: `breaker:${down.id}`,
      outcome: 'failure',
      now: Date.now(),
      failureThreshold: 1,
      openDurationMs: 30 * 60_000,
      halfOpenSuccesses: 1,
      reason: 'HTTP 500 api_error: upstream down',
    });
  }
  const spent = await gateway.addCaller({ limits: withLimits({ usdDaily: '0.0001' }) });
  spentKey = spent.key;
  expect((await callMessages(gateway.url, { key: spentKey })).status).toBe(200);
  for (let i = 0; i < 50 && (await spentNano(gateway, 'user', spent.user.id, 'usdDaily')) <= 100_000; i++) {
    await new Promise((resolve) => setTimeout(resolve, 20)); // settlement runs off the response path
  }
  downKey = (await gateway.addCaller({ group: 'down' })).key;
});

afterAll(async () => {
  await Promise.all([gateway?.close(), upstream?.close()]);
});

interface TimedRun extends CliRun {
  seconds: number;
  output: string;
}

async function timed(run: Promise<CliRun>): Promise<TimedRun> {
  const started = performance.now();
  const result = await run;
  const seconds = (performance.now() - started) / 1000;
  return { ...result, seconds, output: `${result.stdout}\n${result.stderr}` };
}

function report(name: string, run: TimedRun, pattern: RegExp): void {
  const line =
    run.output.split('\n').find((l) => pattern.test(l)) ?? run.output.trim().split('\n').slice(-3).join(' | ');
  console.info(`${name}: exit ${run.code} after ${run.seconds.toFixed(1)} s: ${line.trim().slice(0, 300)}`);
}

const claudeRun = (key: string) =>
  timed(
    runCli({
      bin: clis.claude!,
      args: ['-p', 'say hi'],
      env: {
        ANTHROPIC_BASE_URL: gateway.url,
        ANTHROPIC_API_KEY: key,
        DISABLE_TELEMETRY: '1',
        DISABLE_AUTOUPDATER: '1',
        CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC: '1',
      },
      timeoutMs: 90_000,
    }),
  );

const codexRun = (key: string) =>
  timed(
    runCli({
      bin: clis.codex!,
      args: [
        'exec',
        '--skip-git-repo-check',
        '-c',
        `model_providers.hub={name="hub",base_url="${gateway.url}/v1",env_key="HUB_KEY",wire_api="responses"}`,
        '-c',
        'model_provider=hub',
        '-m',
        'gpt-5-codex',
        'say hi',
      ],
      env: (home) => ({ CODEX_HOME: `${home}/.codex`, HUB_KEY: key }),
      files: { '.codex/.keep': '' },
      timeoutMs: 90_000,
    }),
  );

const geminiRun = (key: string) =>
  timed(
    runCli({
      bin: clis.gemini!,
      args: ['-m', 'gemini-2.5-flash', '-p', 'say hi'],
      env: { GEMINI_API_KEY: key, GOOGLE_GEMINI_BASE_URL: gateway.url, GEMINI_CLI_TRUST_WORKSPACE: 'true' },
      files: { '.gemini/settings.json': JSON.stringify({ security: { auth: { selectedType: 'gemini-api-key' } } }) },
      timeoutMs: 120_000,
    }),
  );

const SPENT = /User daily USD limit reached|usage limit/;
const DOWN = /No provider can take this request right now/;

describe.skipIf(!clis.claude)('Claude Code', () => {
  it('prints the spent limit and its reset, and exits at once', async () => {
    const run = await claudeRun(spentKey);
    report('claude -p (spent quota)', run, /402/);
    expect(run.code).not.toBe(0);
    expect(run.output).toMatch(/API Error: 402 .*User daily USD limit reached: .* Resets at \S+\+08:00/);
    expect(run.seconds).toBeLessThan(30);
  }, 120_000);

  it('prints why no provider can answer and when one may again, and exits', async () => {
    const run = await claudeRun(downKey);
    report('claude -p (all providers down)', run, DOWN);
    expect(run.code).not.toBe(0);
    expect(run.output).toMatch(DOWN);
    expect(run.seconds).toBeLessThan(30);
  }, 120_000);
});

describe.skipIf(!clis.codex)('Codex', () => {
  it('says the usage limit is reached and when to try again, and exits at once', async () => {
    const run = await codexRun(spentKey);
    report('codex exec (spent quota)', run, SPENT);
    expect(run.code).not.toBe(0);
    expect(run.output).toMatch(/hit your usage limit.*try again at/);
    expect(run.seconds).toBeLessThan(30);
  }, 120_000);

  it('prints why no provider can answer, and exits', async () => {
    const run = await codexRun(downKey);
    report('codex exec (all providers down)', run, DOWN);
    expect(run.code).not.toBe(0);
    expect(run.output).toMatch(DOWN);
    expect(run.seconds).toBeLessThan(30);
  }, 120_000);
});

describe.skipIf(!clis.gemini)('Gemini CLI', () => {
  it('prints the spent limit and its reset, and exits', async () => {
    const run = await geminiRun(spentKey);
    report('gemini -p (spent quota)', run, SPENT);
    expect(run.code).not.toBe(0);
    expect(run.output).toMatch(/TerminalQuotaError: User daily USD limit reached: .* Resets at/);
    expect(run.seconds).toBeLessThan(60);
  }, 150_000);

  it('prints why no provider can answer, and exits', async () => {
    const run = await geminiRun(downKey);
    report('gemini -p (all providers down)', run, DOWN);
    expect(run.code).not.toBe(0);
    expect(run.output).toMatch(DOWN);
    expect(run.seconds).toBeLessThan(60);
  }, 150_000);
});
