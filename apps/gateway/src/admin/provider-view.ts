import { breakerStatusAt, type Provider, stateKeys } from '@cch/core';
import type { Runtime } from '../runtime.js';

/** `sk-…abcd`: enough to recognise a key, never enough to use it. */
export function maskSecret(secret: string): string {
  if (secret.length < 12) return '…';
  const dash = secret.indexOf('-');
  const head = dash > 0 && dash <= 6 ? secret.slice(0, dash + 1) : '';
  return `${head}…${secret.slice(-4)}`;
}

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

/** Providers as the API shows them: no key (a masked preview instead), with breaker health from the store. */
export async function viewProviders(runtime: Runtime, providers: readonly Provider[]) {
  const ids = providers.map((p) => p.id);
  const [breakers, cooldowns] = await Promise.all([
    runtime.store.getBreakers(ids.map(stateKeys.breaker)),
    runtime.store.getMany(ids.map(stateKeys.cooldown)),
  ]);
  const now = runtime.now();
  return providers.map(({ apiKey, ...provider }, i) => {
    const breaker = breakers[i] ?? null;
    return {
      ...provider,
      apiKeyPreview: maskSecret(apiKey),
      health: {
        status: breakerStatusAt(breaker, now),
        failures: breaker?.failures ?? 0,
        reason: breaker?.reason ?? null,
        openedAt: iso(breaker?.openedAt ?? null),
        openUntil: iso(breaker?.openUntil ?? null),
        coolingDown: (cooldowns[i] ?? null) !== null,
      },
    };
  });
}

export async function viewProvider(runtime: Runtime, provider: Provider) {
  const [view] = await viewProviders(runtime, [provider]);
  return view;
}

/** What the audit log keeps of a provider: everything but the key. */
export function auditableProvider({ apiKey: _secret, ...provider }: Provider) {
  return provider;
}
