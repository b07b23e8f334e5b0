/** The wire protocols a client can speak to the gateway (and a provider can speak upstream). */
export const PROTOCOL_IDS = ['anthropic', 'openai-chat', 'openai-responses', 'gemini', 'gemini-cli'] as const;
export type ProtocolId = (typeof PROTOCOL_IDS)[number];

/** The kinds of upstream provider the gateway can forward to. */
export const PROVIDER_TYPES = ['claude', 'claude-auth', 'codex', 'openai-compatible', 'gemini', 'gemini-cli'] as const;
export type ProviderType = (typeof PROVIDER_TYPES)[number];
