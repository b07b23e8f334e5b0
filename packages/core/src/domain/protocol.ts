import type { ProtocolId, ProviderType } from '@cch/contract';

// Declared once in the admin API contract (the console needs them too); core re-exports them.
export { PROTOCOL_IDS, PROVIDER_TYPES, type ProtocolId, type ProviderType } from '@cch/contract';

/** The protocol each provider type speaks natively. */
export const NATIVE_PROTOCOL = {
  claude: 'anthropic',
  'claude-auth': 'anthropic',
  codex: 'openai-responses',
  'openai-compatible': 'openai-chat',
  gemini: 'gemini',
  'gemini-cli': 'gemini-cli',
} as const satisfies Record<ProviderType, ProtocolId>;
