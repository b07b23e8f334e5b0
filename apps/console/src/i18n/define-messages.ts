/**
 * One feature's strings in every locale. The English object defines the keys; the Chinese one
 * must have exactly the same keys (a missing or extra key is a compile error).
 */
export function defineMessages<const English extends Record<string, string>>(messages: {
  en: English;
  'zh-CN': { [Key in keyof English]: string };
}) {
  return messages;
}
