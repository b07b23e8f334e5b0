/** What earlier scenarios created, for the later ones (scenarios run in order in one file). */
export const created = {
  providerName: 'Mock Anthropic',
  userName: 'Ada Lovelace',
  keyName: 'ada-laptop',
  /** The plaintext sk-… key, read back from the clipboard. */
  key: '',
};
