/**
 * One feature's strings in English and 简体中文. The English object defines the keys; the Chinese one
 * must have exactly the same keys (a missing or extra key is a compile error).
 */
export function defineMessages<const English extends Record<string, string>>(messages: {
  en: English;
  'zh-CN': { [Key in keyof English]: string };
}) {
  return messages;
}

/**
 * A further language's strings for one feature (messages/<locale>/<feature>.ts): exactly the keys of
 * the English object. Use with `satisfies` so a missing, extra or misspelt key is a compile error.
 */
export type TranslationOf<English extends Record<string, string>> = { [Key in keyof English]: string };
