/**
 * What a model behind a Chat Completions endpoint accepts, by its name (provider quirks as data;
 * a vendor prefix such as `openai/` or `azure/` is ignored):
 *
 * | model                                       | reasoning_effort   | output cap            | temperature, top_p |
 * |---------------------------------------------|--------------------|-----------------------|--------------------|
 * | o1, o3, o4-mini …, gpt-5 (not -chat), codex | yes (gpt-5 minimal)| max_completion_tokens | not sent           |
 * | gpt-oss, gemini-2.5 / 3, grok-3-mini        | yes                | max_tokens            | sent               |
 * | others (gpt-4o, gpt-4.1, DeepSeek, Qwen …)  | not sent           | max_tokens            | sent               |
 *
 * OpenAI's reasoning models refuse `max_tokens` and any temperature but 1 (a temperature is a
 * nudge, left out for them); before gpt-5.5 they refuse `stop` too, and as stop sequences change
 * the answer, a request with them is refused for such a model (a clear 400, or another provider).
 * Models that do not reason refuse `reasoning_effort` (OpenAI, Groq) or ignore it, so it goes only
 * where it is known to work. Every OpenAI-compatible server reads `max_tokens`, so the others keep it.
 *
 * A cap above the model's own output limit is refused upstream ("max_tokens is too large"), and
 * Claude clients ask for a lot (Claude Code: 64,000); the cap is lowered to the limit of the
 * models listed in `OUTPUT_LIMITS` (the answer could not be longer anyway), others get it as sent.
 */
export interface ChatModelTraits {
  reasoningEffort: boolean;
  minimalEffort: boolean;
  maxCompletionTokens: boolean;
  sampling: boolean;
  stopSequences: boolean;
  /** The most output tokens the model writes, where known. */
  outputLimit: number | null;
}

/** Output limits by model id prefix, most specific first (OpenAI and DeepSeek model pages). */
const OUTPUT_LIMITS: readonly [string, number][] = [
  ['gpt-5-chat', 16_384],
  ['gpt-5', 128_000],
  ['gpt-4.1', 32_768],
  ['gpt-4o', 16_384],
  ['chatgpt-4o', 16_384],
  ['gpt-4-turbo', 4096],
  ['gpt-4', 8192],
  ['gpt-3.5', 4096],
  ['o1-mini', 65_536],
  ['o1-preview', 32_768],
  ['o1', 100_000],
  ['o3', 100_000],
  ['o4-mini', 100_000],
  ['codex-mini', 100_000],
  ['deepseek-chat', 8192],
  ['deepseek-reasoner', 65_536],
];

function outputLimit(id: string): number | null {
  return OUTPUT_LIMITS.find(([prefix]) => id.startsWith(prefix))?.[1] ?? null;
}

const OPENAI_REASONING = /^(o\d(?![\d.])|gpt-5(?!(?:\.\d+)?-chat)|codex)/;
const OTHER_REASONING = /^(gpt-oss|gemini-(2\.5|[3-9])|grok-3-mini)/;

export function chatModelTraits(model: string): ChatModelTraits {
  const id = model.toLowerCase().split('/').at(-1) ?? '';
  if (OPENAI_REASONING.test(id)) {
    const minor = /^gpt-5\.(\d+)/.exec(id)?.[1];
    const stopSequences = minor !== undefined && Number(minor) >= 5;
    const minimalEffort = id.startsWith('gpt-5');
    return {
      reasoningEffort: true,
      minimalEffort,
      maxCompletionTokens: true,
      sampling: false,
      stopSequences,
      outputLimit: outputLimit(id),
    };
  }
  const reasoningEffort = OTHER_REASONING.test(id);
  return {
    reasoningEffort,
    minimalEffort: false,
    maxCompletionTokens: false,
    sampling: true,
    stopSequences: true,
    outputLimit: outputLimit(id),
  };
}
