/** The wire protocols a client can speak to the gateway (and a provider can speak upstream). */
export const PROTOCOL_IDS = ['anthropic', 'openai-chat', 'openai-responses', 'gemini', 'gemini-cli'] as const;
export type ProtocolId = (typeof PROTOCOL_IDS)[number];

export const PROVIDER_TYPES = ['claude', 'claude-auth', 'codex', 'openai-compatible', 'gemini', 'gemini-cli'] as const;
export type ProviderType = (typeof PROVIDER_TYPES)[number];

/** The protocol each provider type speaks natively. */
export const NATIVE_PROTOCOL = {
  claude: 'anthropic',
  'claude-auth': 'anthropic',
  codex: 'openai-responses',
  'openai-compatible': 'openai-chat',
  gemini: 'gemini',
  'gemini-cli': 'gemini-cli',
} as const satisfies Record<ProviderType, ProtocolId>;
