import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type MockUpstream, startMockUpstream } from './mock-upstream/index.js';
import { callMessages } from './support/anthropic-client.js';
import { type GatewayHarness, startGateway } from './support/gateway-harness.js';
import { spentNano, withLimits } from './support/limit-fixtures.js';

/** The real CLI, installed outside the repository: `npm i --prefix /tmp/cc @anthropic-ai/claude-code`. */
const claudeBin = process.env.CLAUDE_CODE_BIN ?? '/tmp/cc/node_modules/.bin/claude';

function runClaude(baseUrl: string, key: string): Promise<{ code: number | null; output: string }> {
  const home = mkdtempSync(join(tmpdir(), 'cc-home-'));
  const env = {
    PATH: process.env.PATH ?? '', HOME: home, ANTHROPIC_BASE_URL: baseUrl, ANTHROPIC_API_KEY: key,
    DISABLE_TELEMETRY: '1', DISABLE_AUTOUPDATER: '1', CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC: '1',
  };
  return new Promise((resolve) => {
    const child = execFile(claudeBin, ['-p', 'say hi'], { env, timeout: 120_000 }, (error, stdout, stderr) => {
      rmSync(home, { recursive: true, force: true });
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, output: `${stdout}${stderr}` });
    });
    child.stdin?.end();
  });
}

describe.skipIf(!existsSync(claudeBin))('a spend refusal in the real Claude Code CLI', () => {
  let gateway: GatewayHarness;
  let upstream: MockUpstream;

  beforeAll(async () => {
    [gateway, upstream] = await Promise.all([startGateway({ env: { TZ: 'Asia/Shanghai' } }), startMockUpstream({ name: 'cc' })]);
    await gateway.addProvider({ baseUrl: upstream.url });
  });
  afterAll(async () => {
    await Promise.all([gateway?.close(), upstream?.close()]);
  });

  it('prints the 402 naming the limit, spend and reset, and exits', async () => {
    const { user, key } = await gateway.addCaller({ limits: withLimits({ usdDaily: '0.0001' }) });
    expect((await callMessages(gateway.url, { key })).status).toBe(200);
    await expect.poll(() => spentNano(gateway, 'user', user.id, 'usdDaily')).toBeGreaterThan(100_000);
    const { code, output } = await runClaude(gateway.url, key);
    const line = output.split('\n').find((l) => l.includes('402')) ?? output;
    console.info(`claude -p output: ${line}`);
    expect(code).not.toBe(0);
    expect(line).toMatch(/API Error: 402 .*User daily USD limit reached: \$0\.000\d+ used of \$0\.0001\. Resets at \S+\+08:00/);
  }, 150_000);
});
