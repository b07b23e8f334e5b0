import { ExactDecimal } from './exact-decimal.js';
import type { ModelPrice } from './model-price.js';

/**
 * Built-in default prices, so costs are right offline and before the first LiteLLM sync.
 * Written from the providers' public list prices (standard tier, text input), checked against
 * LiteLLM's model_prices_and_context_window.json:
 * - Anthropic: https://www.anthropic.com/pricing — cache write 5m = 1.25 × input, 1h = 2 × input,
 *   read = 0.1 × input; Sonnet 4/4.5/4.6 above 200k prompt tokens: $6 / $22.50. Opus 4.6 is
 *   listed at Opus 4.5's $5 / $25 (its long-context tier comes with a LiteLLM sync).
 * - OpenAI: https://openai.com/api/pricing — cached input as listed; no cache-write charge.
 * - Google: https://ai.google.dev/gemini-api/docs/pricing — output includes thinking tokens;
 *   Gemini 2.5 Pro and 3 Pro have a >200k-token prompt tier.
 * Prices are written in USD per million tokens and converted exactly to USD per token.
 */

/** `perMillion('3.75')` → 0.00000375, exactly (decimal division by 10^6, then the nearest double). */
function perMillion(usd: string): number {
  return new ExactDecimal(usd).div(1_000_000).toNumber();
}

interface ListPrice {
  input: string;
  output: string;
  cacheRead?: string;
  cacheWrite5m?: string;
  cacheWrite1h?: string;
  above200k?: { input: string; output: string; cacheRead?: string; cacheWrite5m?: string; cacheWrite1h?: string };
  maxInput: number;
  maxOutput: number;
}

function toModelPrice(provider: string, mode: string, list: ListPrice): ModelPrice {
  const price: ModelPrice = {
    input_cost_per_token: perMillion(list.input),
    output_cost_per_token: perMillion(list.output),
    litellm_provider: provider,
    mode,
    max_input_tokens: list.maxInput,
    max_output_tokens: list.maxOutput,
  };
  if (list.cacheRead) price.cache_read_input_token_cost = perMillion(list.cacheRead);
  if (list.cacheWrite5m) price.cache_creation_input_token_cost = perMillion(list.cacheWrite5m);
  if (list.cacheWrite1h) price.cache_creation_input_token_cost_above_1hr = perMillion(list.cacheWrite1h);
  const tier = list.above200k;
  if (tier) {
    price.input_cost_per_token_above_200k_tokens = perMillion(tier.input);
    price.output_cost_per_token_above_200k_tokens = perMillion(tier.output);
    if (tier.cacheRead) price.cache_read_input_token_cost_above_200k_tokens = perMillion(tier.cacheRead);
    if (tier.cacheWrite5m) price.cache_creation_input_token_cost_above_200k_tokens = perMillion(tier.cacheWrite5m);
    if (tier.cacheWrite1h)
      price.cache_creation_input_token_cost_above_1hr_above_200k_tokens = perMillion(tier.cacheWrite1h);
  }
  return price;
}

// ── Anthropic ───────────────────────────────────────────────────────────────
const claude = (list: ListPrice): ModelPrice => toModelPrice('anthropic', 'chat', list);
const OPUS_4_6 = claude({
  input: '5',
  output: '25',
  cacheWrite5m: '6.25',
  cacheWrite1h: '10',
  cacheRead: '0.50',
  maxInput: 200_000,
  maxOutput: 128_000,
});
const OPUS_4_5 = claude({
  input: '5',
  output: '25',
  cacheWrite5m: '6.25',
  cacheWrite1h: '10',
  cacheRead: '0.50',
  maxInput: 200_000,
  maxOutput: 64_000,
});
const OPUS_4 = claude({
  input: '15',
  output: '75',
  cacheWrite5m: '18.75',
  cacheWrite1h: '30',
  cacheRead: '1.50',
  maxInput: 200_000,
  maxOutput: 32_000,
});
const SONNET_4 = claude({
  input: '3',
  output: '15',
  cacheWrite5m: '3.75',
  cacheWrite1h: '6',
  cacheRead: '0.30',
  above200k: { input: '6', output: '22.50', cacheWrite5m: '7.50', cacheWrite1h: '12', cacheRead: '0.60' },
  maxInput: 1_000_000,
  maxOutput: 64_000,
});
const SONNET_3_7 = claude({
  input: '3',
  output: '15',
  cacheWrite5m: '3.75',
  cacheWrite1h: '6',
  cacheRead: '0.30',
  maxInput: 200_000,
  maxOutput: 64_000,
});
const HAIKU_4_5 = claude({
  input: '1',
  output: '5',
  cacheWrite5m: '1.25',
  cacheWrite1h: '2',
  cacheRead: '0.10',
  maxInput: 200_000,
  maxOutput: 64_000,
});
const HAIKU_3_5 = claude({
  input: '0.80',
  output: '4',
  cacheWrite5m: '1',
  cacheWrite1h: '1.60',
  cacheRead: '0.08',
  maxInput: 200_000,
  maxOutput: 8192,
});
const HAIKU_3 = claude({
  input: '0.25',
  output: '1.25',
  cacheWrite5m: '0.30',
  cacheWrite1h: '0.50',
  cacheRead: '0.03',
  maxInput: 200_000,
  maxOutput: 4096,
});

// ── OpenAI ──────────────────────────────────────────────────────────────────
const openai = (mode: string, list: ListPrice): ModelPrice => toModelPrice('openai', mode, list);
const GPT_5_LIST: ListPrice = {
  input: '1.25',
  output: '10',
  cacheRead: '0.125',
  maxInput: 272_000,
  maxOutput: 128_000,
};
const GPT_5 = openai('chat', GPT_5_LIST);
const GPT_5_CODEX = openai('responses', GPT_5_LIST);
const GPT_5_MINI_LIST: ListPrice = {
  input: '0.25',
  output: '2',
  cacheRead: '0.025',
  maxInput: 272_000,
  maxOutput: 128_000,
};
const GPT_5_MINI = openai('chat', GPT_5_MINI_LIST);
const GPT_5_CODEX_MINI = openai('responses', GPT_5_MINI_LIST);
const GPT_5_NANO = openai('chat', {
  input: '0.05',
  output: '0.40',
  cacheRead: '0.005',
  maxInput: 272_000,
  maxOutput: 128_000,
});
const GPT_4_1 = openai('chat', { input: '2', output: '8', cacheRead: '0.50', maxInput: 1_047_576, maxOutput: 32_768 });
const GPT_4_1_MINI = openai('chat', {
  input: '0.40',
  output: '1.60',
  cacheRead: '0.10',
  maxInput: 1_047_576,
  maxOutput: 32_768,
});
const GPT_4_1_NANO = openai('chat', {
  input: '0.10',
  output: '0.40',
  cacheRead: '0.025',
  maxInput: 1_047_576,
  maxOutput: 32_768,
});
const GPT_4O = openai('chat', { input: '2.50', output: '10', cacheRead: '1.25', maxInput: 128_000, maxOutput: 16_384 });
const GPT_4O_2024_05_13 = openai('chat', { input: '5', output: '15', maxInput: 128_000, maxOutput: 4096 });
const GPT_4O_MINI = openai('chat', {
  input: '0.15',
  output: '0.60',
  cacheRead: '0.075',
  maxInput: 128_000,
  maxOutput: 16_384,
});
const O3 = openai('chat', { input: '2', output: '8', cacheRead: '0.50', maxInput: 200_000, maxOutput: 100_000 });
const O4_MINI = openai('chat', {
  input: '1.10',
  output: '4.40',
  cacheRead: '0.275',
  maxInput: 200_000,
  maxOutput: 100_000,
});
const O3_MINI = openai('chat', {
  input: '1.10',
  output: '4.40',
  cacheRead: '0.55',
  maxInput: 200_000,
  maxOutput: 100_000,
});
const CODEX_MINI = openai('responses', {
  input: '1.50',
  output: '6',
  cacheRead: '0.375',
  maxInput: 200_000,
  maxOutput: 100_000,
});

// ── Google Gemini ───────────────────────────────────────────────────────────
const gemini = (list: ListPrice): ModelPrice => toModelPrice('gemini', 'chat', list);
const GEMINI_2_5_PRO = gemini({
  input: '1.25',
  output: '10',
  cacheRead: '0.125',
  above200k: { input: '2.50', output: '15', cacheRead: '0.25' },
  maxInput: 1_048_576,
  maxOutput: 65_535,
});
const GEMINI_3_PRO = gemini({
  input: '2',
  output: '12',
  cacheRead: '0.20',
  above200k: { input: '4', output: '18', cacheRead: '0.40' },
  maxInput: 1_048_576,
  maxOutput: 65_535,
});
const GEMINI_2_5_FLASH = gemini({
  input: '0.30',
  output: '2.50',
  cacheRead: '0.03',
  maxInput: 1_048_576,
  maxOutput: 65_535,
});
const GEMINI_2_5_FLASH_LITE = gemini({
  input: '0.10',
  output: '0.40',
  cacheRead: '0.01',
  maxInput: 1_048_576,
  maxOutput: 65_535,
});
const GEMINI_2_0_FLASH = gemini({
  input: '0.10',
  output: '0.40',
  cacheRead: '0.025',
  maxInput: 1_048_576,
  maxOutput: 8192,
});
const GEMINI_2_0_FLASH_LITE = gemini({
  input: '0.075',
  output: '0.30',
  cacheRead: '0.01875',
  maxInput: 1_048_576,
  maxOutput: 8192,
});

const BUILTIN_PRICE_ENTRIES: readonly (readonly [string, ModelPrice])[] = [
  ['claude-opus-4-6', OPUS_4_6],
  ['claude-opus-4-5', OPUS_4_5],
  ['claude-opus-4-5-20251101', OPUS_4_5],
  ['claude-opus-4-1', OPUS_4],
  ['claude-opus-4-1-20250805', OPUS_4],
  ['claude-opus-4', OPUS_4],
  ['claude-opus-4-0', OPUS_4],
  ['claude-opus-4-20250514', OPUS_4],
  ['claude-sonnet-4-6', SONNET_4],
  ['claude-sonnet-4-5', SONNET_4],
  ['claude-sonnet-4-5-20250929', SONNET_4],
  ['claude-sonnet-4', SONNET_4],
  ['claude-sonnet-4-0', SONNET_4],
  ['claude-sonnet-4-20250514', SONNET_4],
  ['claude-3-7-sonnet-latest', SONNET_3_7],
  ['claude-3-7-sonnet-20250219', SONNET_3_7],
  ['claude-haiku-4-5', HAIKU_4_5],
  ['claude-haiku-4-5-20251001', HAIKU_4_5],
  ['claude-3-5-haiku-latest', HAIKU_3_5],
  ['claude-3-5-haiku-20241022', HAIKU_3_5],
  ['claude-3-haiku-20240307', HAIKU_3],

  ['gpt-5', GPT_5],
  ['gpt-5-2025-08-07', GPT_5],
  ['gpt-5-chat-latest', GPT_5],
  ['gpt-5-codex', GPT_5_CODEX],
  ['gpt-5-mini', GPT_5_MINI],
  ['gpt-5-mini-2025-08-07', GPT_5_MINI],
  ['gpt-5-nano', GPT_5_NANO],
  ['gpt-5-nano-2025-08-07', GPT_5_NANO],
  ['gpt-5.1', GPT_5],
  ['gpt-5.1-2025-11-13', GPT_5],
  ['gpt-5.1-chat-latest', GPT_5],
  ['gpt-5.1-codex', GPT_5_CODEX],
  ['gpt-5.1-codex-mini', GPT_5_CODEX_MINI],
  ['gpt-4.1', GPT_4_1],
  ['gpt-4.1-2025-04-14', GPT_4_1],
  ['gpt-4.1-mini', GPT_4_1_MINI],
  ['gpt-4.1-mini-2025-04-14', GPT_4_1_MINI],
  ['gpt-4.1-nano', GPT_4_1_NANO],
  ['gpt-4.1-nano-2025-04-14', GPT_4_1_NANO],
  ['gpt-4o', GPT_4O],
  ['gpt-4o-2024-08-06', GPT_4O],
  ['gpt-4o-2024-11-20', GPT_4O],
  // the first gpt-4o snapshot kept its launch price; listed so date stripping cannot reach gpt-4o
  ['gpt-4o-2024-05-13', GPT_4O_2024_05_13],
  ['gpt-4o-mini', GPT_4O_MINI],
  ['gpt-4o-mini-2024-07-18', GPT_4O_MINI],
  ['o3', O3],
  ['o3-2025-04-16', O3],
  ['o4-mini', O4_MINI],
  ['o4-mini-2025-04-16', O4_MINI],
  ['o3-mini', O3_MINI],
  ['o3-mini-2025-01-31', O3_MINI],
  ['codex-mini-latest', CODEX_MINI],

  ['gemini-2.5-pro', GEMINI_2_5_PRO],
  ['gemini-2.5-flash', GEMINI_2_5_FLASH],
  ['gemini-2.5-flash-lite', GEMINI_2_5_FLASH_LITE],
  ['gemini-2.0-flash', GEMINI_2_0_FLASH],
  ['gemini-2.0-flash-001', GEMINI_2_0_FLASH],
  ['gemini-2.0-flash-lite', GEMINI_2_0_FLASH_LITE],
  ['gemini-3-pro-preview', GEMINI_3_PRO],
];

/** The built-in price table, keyed by model name (see `resolvePrice` for how names are matched). */
export const BUILTIN_PRICES: ReadonlyMap<string, ModelPrice> = new Map(BUILTIN_PRICE_ENTRIES);
