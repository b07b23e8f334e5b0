import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type MockUpstream, startMockUpstream } from './mock-upstream/index.js';
import { callMessages } from './support/anthropic-client.js';
import { type GatewayHarness, startGateway } from './support/gateway-harness.js';
import { spentNano, withLimits } from './support/limit-fixtures.js';
import { findCli, runCli } from './support/real-cli.js';

const claude = findCli('claude');

describe.skipIf(!claude)('a spend refusal in the real Claude Code CLI', () => {
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
    const { code, stdout, stderr } = await runCli({
      bin: claude!, args: ['-p', 'say hi'],
      env: { ANTHROPIC_BASE_URL: gateway.url, ANTHROPIC_API_KEY: key, DISABLE_TELEMETRY: '1', DISABLE_AUTOUPDATER: '1', CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC: '1' },
    });
    const output = `${stdout}${stderr}`;
    const line = output.split('\n').find((l) => l.includes('402')) ?? output;
    console.info(`claude -p output: ${line}`);
    expect(code).not.toBe(0);
    expect(line).toMatch(/API Error: 402 .*User daily USD limit reached: \$0\.000\d+ used of \$0\.0001\. Resets at \S+\+08:00/);
  }, 150_000);
});
