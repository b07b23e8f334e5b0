/** Logical key names in the state store, in one place so proxy and admin agree. */
export const stateKeys = {
  breaker: (providerId: string) => `breaker:${providerId}`,
  cooldown: (providerId: string) => `cooldown:${providerId}`,
  session: (sessionId: string) => `session:${sessionId}`,
  activeSessions: () => 'sessions:active',
  providerSlots: (providerId: string) => `slots:provider:${providerId}`,
};
