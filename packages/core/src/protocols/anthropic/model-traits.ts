/**
 * What a Claude model accepts, by model id (provider quirks as data). The contract moved in
 * steps: thinking budgets from Claude 3.7; adaptive thinking and `output_config.effort` from
 * 4.6; from Opus 4.7 on (and the 5 generation, Mythos, Fable) adaptive thinking only, no
 * sampling parameters (temperature / top_p / top_k answer 400) and thinking text hidden unless
 * `display: "summarized"`. Ids are matched in every spelling providers use
 * (`claude-opus-4-7`, `claude-3-5-sonnet-20241022`, `anthropic.claude-sonnet-4-5-…-v1:0`,
 * `claude-opus-4-7@2026…`). Models that are not Claude (another vendor behind an
 * Anthropic-compatible endpoint) get the classic contract and a modest default output cap.
 */
export interface AnthropicModelTraits {
  /** `thinking: {type: "enabled", budget_tokens}`. */
  budgetThinking: boolean;
  /** `thinking: {type: "adaptive"}`. */
  adaptiveThinking: boolean;
  /** `output_config.effort`. */
  effort: boolean;
  /** `temperature`, `top_p`, `top_k`. */
  sampling: boolean;
  /** Thinking text is omitted unless `thinking.display` is `summarized`. */
  thinkingHiddenByDefault: boolean;
  /** `max_tokens` when the client set none: the model's output limit. */
  defaultMaxTokens: number;
}

const NEW_STYLE = /claude-(opus|sonnet|haiku|mythos|fable)(?:-(\d+)(?:[-.](\d{1,2})(?!\d))?)?/;
const OLD_STYLE = /claude-(\d+)(?:[-.](\d)(?!\d))?-(opus|sonnet|haiku)/;

const NOT_CLAUDE: AnthropicModelTraits = {
  budgetThinking: true,
  adaptiveThinking: false,
  effort: false,
  sampling: true,
  thinkingHiddenByDefault: false,
  defaultMaxTokens: 8192,
};

/** Family and version (4.7 → 407) of a Claude model id; unversioned Mythos / Fable count as newest. */
function versionOf(model: string): { family: string; version: number } | null {
  const id = model.toLowerCase();
  const modern = NEW_STYLE.exec(id);
  if (modern?.[1]) {
    if (!modern[2]) return ['mythos', 'fable'].includes(modern[1]) ? { family: modern[1], version: 999 } : null;
    return { family: modern[1], version: Number(modern[2]) * 100 + Number(modern[3] ?? 0) };
  }
  const old = OLD_STYLE.exec(id);
  return old?.[1] && old[3] ? { family: old[3], version: Number(old[1]) * 100 + Number(old[2] ?? 0) } : null;
}

function defaultMaxTokens(family: string, version: number): number {
  if (version < 305) return 4096;
  if (version < 307) return 8192;
  if (family === 'opus' && version < 405) return 32_000;
  if (family === 'opus' && version >= 406) return 128_000;
  return 64_000;
}

export function anthropicModelTraits(model: string): AnthropicModelTraits {
  const parsed = versionOf(model);
  if (!parsed) return NOT_CLAUDE;
  const { family, version } = parsed;
  const adaptiveOnly = version >= 407;
  return {
    budgetThinking: version >= 307 && !adaptiveOnly,
    adaptiveThinking: version >= 406,
    effort: version >= 406,
    sampling: !adaptiveOnly,
    thinkingHiddenByDefault: adaptiveOnly,
    defaultMaxTokens: defaultMaxTokens(family, version),
  };
}
