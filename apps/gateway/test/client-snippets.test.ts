/**
 * Every client snippet of the README ("Point your clients at it") and of the console's usage guide
 * (macOS/Linux), read from those files and run as written with the real CLIs against a local
 * gateway with mock upstreams: each must print the answer. The only changes are the gateway's
 * address and a real key for the placeholders, and a fresh temporary HOME per run; the sandbox is
 * offline, so the CLIs' telemetry is off. Skipped when a CLI is missing (CI installs them).
 */
import { existsSync, readFileSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  claudeSnippets,
  codexSnippets,
  geminiSnippets,
  type SnippetContext,
} from '../../console/src/components/usage-guide/snippets.js';
import { type MockUpstream, startMockUpstream } from './mock-upstream/index.js';
import { type GatewayHarness, startGateway } from './support/gateway-harness.js';
import { clientSnippetsOf } from './support/markdown-snippets.js';
import { type CliRun, findCli, runCli } from './support/real-cli.js';

const README = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
const CLIS = { claude: findCli('claude'), codex: findCli('codex'), gemini: findCli('gemini') };
const allInstalled = Object.values(CLIS).every((path) => path !== null);
if (!allInstalled && process.env.CI && process.env.CCH_CLIENTS_BIN) throw new Error('a real CLI is missing');

const OFFLINE = { DISABLE_TELEMETRY: '1', DISABLE_AUTOUPDATER: '1', CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC: '1' };
const answer = /hello from S: [\s\S]*say hi|hello from S: <session_context>/;

let gateway: GatewayHarness;
let upstream: MockUpstream;
let key: string;

/** Runs one shell snippet in bash with the CLIs on PATH, `files` written into the fresh HOME first. */
function runSnippet(script: string, files: Record<string, string> = {}): Promise<CliRun> {
  const cliDirs = Object.values(CLIS).flatMap((path) => (path ? [dirname(path)] : []));
  return runCli({
    bin: 'bash',
    args: ['-eu', '-c', script],
    env: { ...OFFLINE, PATH: [...new Set(cliDirs), process.env.PATH ?? ''].join(delimiter) },
    files,
  });
}

function expectAnswer(name: string, run: CliRun): void {
  const tail = run.stderr.trim().split('\n').slice(-5).join('\n');
  expect(run.stdout, `${name} (exit ${run.code})\n${tail}`).toMatch(answer);
  expect(run.code, name).toBe(0);
}

/** `~/.x/y` (as the guide shows a file's place) → `.x/y` under the run's HOME. */
const homePath = (path: string) => path.replace(/^~\//, '');
/** The guide's "point it at the gateway" step ends by starting an interactive session; its check step runs instead. */
const withoutInteractiveStart = (code: string) => code.replace(/\n(claude|codex|gemini)$/, '');

describe.skipIf(!allInstalled)('client snippets, run as written', () => {
  beforeAll(async () => {
    [gateway, upstream] = await Promise.all([startGateway(), startMockUpstream({ name: 'S' })]);
    for (const type of ['claude', 'codex', 'gemini'] as const)
      await gateway.addProvider({ type, baseUrl: upstream.url });
    ({ key } = await gateway.addCaller());
  });
  afterAll(async () => {
    await Promise.all([gateway?.close(), upstream?.close()]);
  });

  it("the README's, for Claude Code, Codex CLI and Gemini CLI", async () => {
    const groups = clientSnippetsOf(README, 'Point your clients at it');
    expect(groups.map((group) => group.client)).toEqual(['Claude Code', 'Codex CLI', 'Gemini CLI']);
    for (const { client, files, scripts } of groups) {
      const text = [...Object.values(files), ...scripts].join('\n');
      expect(text, `${client}: the address this test fills in`).toContain('http://localhost:23000');
      expect(text, `${client}: the key this test fills in`).toContain('sk-...');
    }
    const fill = (text: string) => text.replaceAll('http://localhost:23000', gateway.url).replaceAll('sk-...', key);
    const runs = groups.flatMap(({ client, files, scripts }) =>
      scripts.map(async (script) => {
        const filled = Object.fromEntries(Object.entries(files).map(([path, text]) => [path, fill(text)]));
        return [client, await runSnippet(fill(script), filled)] as const;
      }),
    );
    for (const [client, run] of await Promise.all(runs)) expectAnswer(`README ${client}`, run);
    expect(runs).toHaveLength(3);
  }, 240_000);

  it("the console usage guide's, for each client (Claude Code both ways)", async () => {
    const context: SnippetContext = { origin: gateway.url, apiKey: key, shell: 'posix' };
    const claude = claudeSnippets(context);
    const codex = codexSnippets(context);
    const gemini = geminiSnippets(context);
    const installed = (snippet: { code: string }) => {
      const pkg = /npm install -g (\S+)/.exec(snippet.code)?.[1] ?? '';
      return Object.values(CLIS).some((path) => path && existsSync(join(dirname(path), '..', pkg)));
    };
    expect([claude.install, codex.install, gemini.install].every(installed)).toBe(true);
    const runs = await Promise.all([
      runSnippet(`${withoutInteractiveStart(claude.env.code)}\n${claude.verify.code}`),
      runSnippet(claude.verify.code, { [homePath(claude.settingsPath)]: claude.settings.code }),
      runSnippet(`${codex.env.code}\n${codex.verify.code}`, { [homePath(codex.configPath)]: codex.config.code }),
      runSnippet(`${withoutInteractiveStart(gemini.env.code)}\n${gemini.verify.code}`, {
        [homePath(gemini.settingsPath)]: gemini.settings.code,
      }),
    ]);
    const names = ['Claude Code (environment)', 'Claude Code (settings.json)', 'Codex CLI', 'Gemini CLI'];
    for (const [i, run] of runs.entries()) expectAnswer(`usage guide ${names[i]}`, run);
  }, 240_000);
});
