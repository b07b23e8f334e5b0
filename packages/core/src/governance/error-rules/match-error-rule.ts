import type { CompiledErrorRule } from './compile-error-rules.js';

/** An upstream failure as the rules see it. */
export interface ErrorSample {
  /** null: no HTTP answer (a network error or a timeout). */
  status: number | null;
  /** The error type the upstream named (`overloaded_error`, `RESOURCE_EXHAUSTED` …), if any. */
  errorType: string | null;
  message: string;
  /** The start of the body as sent. */
  body: string;
  providerId: string | null;
  model: string | null;
}

/** How much of a body a pattern looks at: enough for any error message, bounded for the regex. */
const BODY_WINDOW = 8 * 1024;

function modelMatches(rule: CompiledErrorRule, model: string | null): boolean {
  if (rule.exactModels.size === 0 && rule.modelPrefixes.length === 0) return true;
  if (model === null) return false;
  return rule.exactModels.has(model) || rule.modelPrefixes.some((prefix) => model.startsWith(prefix));
}

function matches(rule: CompiledErrorRule, sample: ErrorSample, text: string): boolean {
  if (rule.statuses.size > 0 && (sample.status === null || !rule.statuses.has(sample.status))) return false;
  if (rule.errorTypes.size > 0 && !rule.errorTypes.has(sample.errorType?.toLowerCase() ?? '')) return false;
  if (rule.providerIds.size > 0 && (sample.providerId === null || !rule.providerIds.has(sample.providerId)))
    return false;
  if (!modelMatches(rule, sample.model)) return false;
  return rule.pattern === null || rule.pattern.test(text);
}

/** The first rule (in priority order) every condition of which holds for the sample, else null. */
export function matchErrorRule(rules: readonly CompiledErrorRule[], sample: ErrorSample): CompiledErrorRule | null {
  if (rules.length === 0) return null;
  const text = `${sample.message}\n${sample.body.slice(0, BODY_WINDOW)}`;
  return rules.find((rule) => matches(rule, sample, text)) ?? null;
}
