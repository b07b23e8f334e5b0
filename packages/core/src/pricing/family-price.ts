/**
 * Model families and the built-in model whose price stands in for a family member the price
 * table does not know yet (a new release before the next sync): the newest listed model of the
 * family, or its most expensive tier where "newest" is ambiguous, so nothing is billed low.
 * Order matters: the first pattern that matches wins.
 */
const FAMILIES: readonly (readonly [RegExp, string])[] = [
  [/^claude-.*opus/, 'claude-opus-4-6'],
  [/^claude-.*sonnet/, 'claude-sonnet-4-6'],
  [/^claude-.*haiku/, 'claude-haiku-4-5'],
  [/^claude-/, 'claude-opus-4-6'],
  [/^gpt-5.*codex-mini/, 'gpt-5.1-codex-mini'],
  [/^gpt-5.*codex/, 'gpt-5.1-codex'],
  [/^gpt-5.*-nano/, 'gpt-5-nano'],
  [/^gpt-5.*-mini/, 'gpt-5-mini'],
  [/^gpt-5/, 'gpt-5.1'],
  [/^gpt-4\.1-nano/, 'gpt-4.1-nano'],
  [/^gpt-4\.1-mini/, 'gpt-4.1-mini'],
  [/^gpt-4\.1/, 'gpt-4.1'],
  [/^gpt-4o-mini/, 'gpt-4o-mini'],
  [/^gpt-4o/, 'gpt-4o'],
  [/^o\d+-mini/, 'o4-mini'],
  [/^o\d+/, 'o3'],
  [/^gemini-.*flash-lite/, 'gemini-2.5-flash-lite'],
  [/^gemini-.*flash/, 'gemini-2.5-flash'],
  [/^gemini-.*pro/, 'gemini-3-pro-preview'],
  [/^gemini-/, 'gemini-3-pro-preview'],
];

const PREFIX = /^(anthropic|openai|gemini|models|google)\//;

/** The table key whose price stands in for `model`'s family; null when no family matches. */
export function familyPriceKey(model: string): string | null {
  const name = model.trim().toLowerCase().replace(PREFIX, '');
  return FAMILIES.find(([pattern]) => pattern.test(name))?.[1] ?? null;
}

/** What happens to a model the price table does not know: billed as its family (default), refused, or free. */
export const UNKNOWN_MODEL_POLICIES = ['family', 'reject', 'free'] as const;
export type UnknownModelPolicy = (typeof UNKNOWN_MODEL_POLICIES)[number];

/** Setting key (admin-editable): the unknown-model policy. */
export const UNKNOWN_MODEL_POLICY_SETTING = 'pricing.unknownModelPolicy';

export function unknownModelPolicyOf(settings: Record<string, unknown>): UnknownModelPolicy {
  const value = settings[UNKNOWN_MODEL_POLICY_SETTING];
  const known = (UNKNOWN_MODEL_POLICIES as readonly unknown[]).includes(value);
  return known ? (value as UnknownModelPolicy) : 'family'; // checked against the list just above
}
