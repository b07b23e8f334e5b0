import type { Provider } from '../domain/provider.js';
import type { ChoiceReason, FilterStep } from './decision.js';
import { weightedPick } from './weighted-pick.js';

export interface ChooseOptions {
  /** Provider the session is bound to, if any. */
  boundProviderId: string | null;
  /** Whether this is a failover round (a previous provider failed). */
  isFailover: boolean;
  random: () => number;
  /** Claims a concurrency slot; false = the provider is full and is skipped. */
  claimSlot: (provider: Provider) => Promise<boolean>;
}

export interface Choice {
  provider: Provider;
  reason: ChoiceReason;
}

/**
 * Session binding first; otherwise the best priority tier (lowest number), weighted random
 * inside it, skipping providers whose concurrency slot cannot be claimed.
 * Full providers are appended to `steps` as a `concurrency` step.
 */
export async function chooseProvider(
  candidates: readonly Provider[],
  steps: FilterStep[],
  options: ChooseOptions,
): Promise<Choice | null> {
  const full: FilterStep['dropped'] = [];
  const reasonFor = (fallback: ChoiceReason): ChoiceReason => (options.isFailover ? 'failover' : fallback);
  try {
    const bound = options.boundProviderId ? candidates.find((p) => p.id === options.boundProviderId) : undefined;
    if (bound) {
      if (await options.claimSlot(bound)) return { provider: bound, reason: 'session_reuse' };
      full.push({ providerId: bound.id, providerName: bound.name, reason: 'concurrency_full' });
    }
    const remaining = candidates.filter((p) => p !== bound);
    const tiers = [...new Set(remaining.map((p) => p.priority))].sort((a, b) => a - b);
    for (const priority of tiers) {
      const tier = remaining.filter((p) => p.priority === priority);
      while (tier.length > 0) {
        const picked = weightedPick(tier, options.random);
        if (!picked) break;
        if (await options.claimSlot(picked)) return { provider: picked, reason: reasonFor('weighted_random') };
        full.push({ providerId: picked.id, providerName: picked.name, reason: 'concurrency_full' });
        tier.splice(tier.indexOf(picked), 1);
      }
    }
    return null;
  } finally {
    if (full.length > 0 || candidates.length > 0) {
      steps.push({ step: 'concurrency', kept: candidates.length - full.length, dropped: full });
    }
  }
}
