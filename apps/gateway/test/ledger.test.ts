import { listRequestLogs, type RequestLogSummary } from '@cch/core';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MOCK_USAGE, baseInputTokens, type MockUpstream, startMockUpstream } from './mock-upstream/index.js';
import { callMessages } from './support/anthropic-client.js';
import { type GatewayHarness, startGateway } from './support/gateway-harness.js';

/**
 * Anthropic's published list prices (https://www.anthropic.com/pricing, "Prompt caching"), in cents
 * per million tokens, for prompts up to 200k tokens. Written here by hand, not read from the
 * gateway's built-in table, so the test checks that table too.
 */
const ANTHROPIC_CENTS_PER_MTOK = {
  'claude-sonnet-4-5': { input: 300n, output: 1500n, cacheWrite5m: 375n, cacheWrite1h: 600n, cacheRead: 30n },
  'claude-haiku-4-5': { input: 100n, output: 500n, cacheWrite5m: 125n, cacheWrite1h: 200n, cacheRead: 10n },
} as const;
type PricedModel = keyof typeof ANTHROPIC_CENTS_PER_MTOK;

/** The provider's cost multiplier, 0.8 = 8/10. */
const MULTIPLIER = { text: '0.8', numerator: 8n, denominator: 10n };
const OUTPUT_TOKENS = 37;

/** A Claude Code turn: big cached system prompt and tools (cache_control), then the user's message. */
function claudeCodeBody(model: string): Record<string, unknown> {
  const instructions =
    'You are Claude Code, an interactive CLI tool that helps users with software engineering tasks. '.repeat(5000);
  return {
    model,
    max_tokens: 32_000,
    stream: true,
    system: [
      { type: 'text', text: "You are Claude Code, Anthropic's official CLI for Claude." },
      { type: 'text', text: instructions, cache_control: { type: 'ephemeral', ttl: '1h' } },
    ],
    tools: [
      {
        name: 'Bash',
        description: 'Runs a shell command',
        input_schema: { type: 'object', properties: { command: { type: 'string' } } },
      },
    ],
    messages: [
      { role: 'user', content: [{ type: 'text', text: 'fix the failing test', cache_control: { type: 'ephemeral' } }] },
    ],
    metadata: { user_id: 'user_0123_account__session_4567' },
  };
}

/** Nano-dollars (1e-9 USD) → a plain decimal string without trailing zeros, like the log's costUsd. */
function nanoToText(nano: bigint): string {
  const whole = nano / 1_000_000_000n;
  const fraction = (nano % 1_000_000_000n).toString().padStart(9, '0').replace(/0+$/, '');
  return fraction ? `${whole}.${fraction}` : `${whole}`;
}

/** A decimal string with at most 9 decimals → nano-dollars, exactly. */
function textToNano(text: string): bigint {
  const [whole = '0', fraction = ''] = text.split('.');
  return BigInt(whole) * 1_000_000_000n + BigInt(fraction.padEnd(9, '0'));
}

/** tokens × cents per MTok = 1e-8 USD; × 8/10 = 8e-9 USD: so nano = tokens × cents × 10 × 8 / 10. */
function partNano(tokens: number, centsPerMTok: bigint): bigint {
  return (BigInt(tokens) * centsPerMTok * 10n * MULTIPLIER.numerator) / MULTIPLIER.denominator;
}

/** The bill by hand: what the mock reported for the body it received, at Anthropic's prices, × 0.8. */
function expectedBill(model: PricedModel, upstreamBodyBytes: number) {
  const price = ANTHROPIC_CENTS_PER_MTOK[model];
  const parts = {
    inputUsd: partNano(baseInputTokens(upstreamBodyBytes), price.input),
    outputUsd: partNano(OUTPUT_TOKENS, price.output),
    cacheReadUsd: partNano(MOCK_USAGE.cacheRead, price.cacheRead),
    cacheWrite5mUsd: partNano(MOCK_USAGE.cacheCreation5m, price.cacheWrite5m),
    cacheWrite1hUsd: partNano(MOCK_USAGE.cacheCreation1h, price.cacheWrite1h),
    requestUsd: 0n,
  };
  const totalNano = Object.values(parts).reduce((sum, part) => sum + part, 0n);
  return {
    totalNano,
    costUsd: nanoToText(totalNano),
    breakdown: Object.fromEntries(Object.entries(parts).map(([name, nano]) => [name, nanoToText(nano)])),
  };
}

async function lastLog(gateway: GatewayHarness): Promise<RequestLogSummary> {
  await gateway.flushLogs();
  const row = (await listRequestLogs(gateway.runtime.db, { limit: 1 })).items[0];
  if (!row) throw new Error('no request was logged');
  return row;
}

function lastUpstreamBytes(upstream: MockUpstream): number {
  const request = upstream.requests.at(-1);
  if (!request) throw new Error('the upstream saw no request');
  return Buffer.byteLength(request.body);
}

describe('ledger: a Claude Code request with prompt caching is billed as Anthropic lists it', () => {
  let gateway: GatewayHarness;
  let upstream: MockUpstream;
  let key: string;

  beforeAll(async () => {
    [gateway, upstream] = await Promise.all([
      startGateway(),
      startMockUpstream({ name: 'ledger', tokensPerStream: OUTPUT_TOKENS }),
    ]);
    await gateway.addProvider({ baseUrl: upstream.url, costMultiplier: MULTIPLIER.text });
    ({ key } = await gateway.addCaller());
  });
  afterAll(async () => {
    await Promise.all([gateway?.close(), upstream?.close()]);
  });

  it('logs the exact cost and breakdown of a streamed turn, × the provider multiplier', async () => {
    const body = claudeCodeBody('claude-sonnet-4-5');
    const result = await callMessages(gateway.url, { key, body });
    expect(result.status).toBe(200);
    expect(upstream.requests.at(-1)?.body).toBe(JSON.stringify(body)); // same protocol: bytes pass through
    const bytes = lastUpstreamBytes(upstream);
    const bill = expectedBill('claude-sonnet-4-5', bytes);
    const row = await lastLog(gateway);
    expect(row).toMatchObject({
      billedModel: 'claude-sonnet-4-5',
      isStream: true,
      inputTokens: baseInputTokens(bytes),
      outputTokens: OUTPUT_TOKENS,
      cacheReadTokens: MOCK_USAGE.cacheRead,
      cacheWrite5mTokens: MOCK_USAGE.cacheCreation5m,
      cacheWrite1hTokens: MOCK_USAGE.cacheCreation1h,
      costMultiplier: MULTIPLIER.text,
    });
    expect(row.costUsd).toBe(bill.costUsd);
    expect(row.costBreakdown).toEqual(bill.breakdown);
    // The same on paper: 475,550 bytes → 4,765 input tokens (mock: 10 + bytes/100).
    //   4,765 × $3/M = 0.014295   37 × $15/M = 0.000555   100 read × $0.30/M = 0.00003
    //   30 (5m) × $3.75/M = 0.0001125   20 (1h) × $6/M = 0.00012   sum 0.0151125 × 0.8 = $0.01209
    expect(bytes).toBe(475_550);
    expect(row.costUsd).toBe('0.01209');
    expect(Number(row.costUsd).toFixed(2)).toBe('0.01'); // to the cent, as the bill shows it
  });

  it('adds up exactly in the hourly rollups over many requests (JSON and stream)', async () => {
    await gateway.flushLogs();
    const exactSum = async (table: 'usage_hourly' | 'request_logs') =>
      (
        await sql<{
          cost: string;
        }>`select trim_scale(coalesce(sum(cost_usd), 0))::text as cost from ${sql.table(table)}`.execute(
          gateway.runtime.db,
        )
      ).rows[0]?.cost;
    const before = await exactSum('usage_hourly');
    let expectedNano = textToNano(before ?? '0');
    for (let i = 0; i < 10; i++) {
      const body = { ...claudeCodeBody('claude-sonnet-4-5'), stream: i % 2 === 0 };
      expect((await callMessages(gateway.url, { key, body })).status).toBe(200);
      expectedNano += expectedBill('claude-sonnet-4-5', lastUpstreamBytes(upstream)).totalNano;
    }
    await gateway.flushLogs();
    expect(await exactSum('usage_hourly')).toBe(nanoToText(expectedNano));
    expect(await exactSum('request_logs')).toBe(nanoToText(expectedNano));
  });
});

describe('ledger: BILLED_MODEL with a model redirect', () => {
  const redirect = { match: 'exact' as const, pattern: 'claude-sonnet-4-5', target: 'claude-haiku-4-5' };
  let upstream: MockUpstream;

  beforeAll(async () => {
    upstream = await startMockUpstream({ name: 'redirect', tokensPerStream: OUTPUT_TOKENS });
  });
  afterAll(async () => {
    await upstream?.close();
  });

  for (const [setting, billed] of [
    ['redirected', 'claude-haiku-4-5'],
    ['requested', 'claude-sonnet-4-5'],
  ] as const) {
    it(`BILLED_MODEL=${setting} bills ${billed}`, async () => {
      const gateway = await startGateway({ env: { BILLED_MODEL: setting } });
      try {
        await gateway.addProvider({
          baseUrl: upstream.url,
          costMultiplier: MULTIPLIER.text,
          modelRedirects: [redirect],
        });
        const { key } = await gateway.addCaller();
        const result = await callMessages(gateway.url, { key, body: claudeCodeBody('claude-sonnet-4-5') });
        expect(result.status).toBe(200);
        expect(JSON.parse(upstream.requests.at(-1)?.body ?? '{}')).toMatchObject({ model: 'claude-haiku-4-5' });
        const bill = expectedBill(billed, lastUpstreamBytes(upstream));
        const row = await lastLog(gateway);
        expect(row).toMatchObject({
          requestedModel: 'claude-sonnet-4-5',
          upstreamModel: 'claude-haiku-4-5',
          billedModel: billed,
        });
        expect(row.costUsd).toBe(bill.costUsd);
        expect(row.costBreakdown).toEqual(bill.breakdown);
      } finally {
        await gateway.close();
      }
    });
  }
});
