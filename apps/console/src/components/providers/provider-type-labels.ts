import type { ProtocolId, ProviderType } from '../../api/providers';

/** Product names, the same in every language. */
export const PROVIDER_TYPE_LABELS = {
  claude: 'Claude (Anthropic API)',
  'claude-auth': 'Claude (Bearer token)',
  codex: 'Codex (OpenAI Responses)',
  'openai-compatible': 'OpenAI-compatible',
  gemini: 'Gemini',
  'gemini-cli': 'Gemini CLI',
} as const satisfies Record<ProviderType, string>;

export const PROTOCOL_LABELS = {
  anthropic: 'Anthropic Messages',
  'openai-chat': 'OpenAI Chat Completions',
  'openai-responses': 'OpenAI Responses',
  gemini: 'Gemini',
  'gemini-cli': 'Gemini CLI',
} as const satisfies Record<ProtocolId, string>;

/** The protocol a provider of each type speaks natively (its other accepted formats are converted). */
export const NATIVE_PROTOCOL_OF = {
  claude: 'anthropic',
  'claude-auth': 'anthropic',
  codex: 'openai-responses',
  'openai-compatible': 'openai-chat',
  gemini: 'gemini',
  'gemini-cli': 'gemini-cli',
} as const satisfies Record<ProviderType, ProtocolId>;
