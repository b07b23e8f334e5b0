import type { ProtocolId } from '../domain/protocol.js';
import { NATIVE_PROTOCOL } from '../domain/protocol.js';
import type { Provider } from '../domain/provider.js';
import type { BreakerStatus } from '../state/state-store.js';
import { isWithinActiveHours } from './active-hours.js';
import type { DropReason, FilterStep } from './decision.js';
import { redirectModel } from './model-redirect.js';

export interface SelectionFacts {
  protocol: ProtocolId;
  model: string | null;
  /** Resolved routing group; `*` = every group. */
  group: string;
  userAgent: string;
  now: number;
  timeZone: string;
  breakerStatus: (providerId: string) => BreakerStatus;
  isCoolingDown: (providerId: string) => boolean;
  isLimitExhausted: (providerId: string) => boolean;
  canConvert: (from: ProtocolId, to: ProtocolId) => boolean;
  excluded: ReadonlySet<string>;
}

type Filter = { step: string; reason: DropReason; keep: (provider: Provider, facts: SelectionFacts) => boolean };

export function providerGroups(provider: Provider): readonly string[] {
  return provider.groups.length > 0 ? provider.groups : ['default'];
}

export function servesProtocol(provider: Provider, facts: Pick<SelectionFacts, 'protocol' | 'canConvert'>): boolean {
  const native = NATIVE_PROTOCOL[provider.type];
  if (native === facts.protocol) return true;
  return provider.acceptedFormats.includes(facts.protocol) && facts.canConvert(facts.protocol, native);
}

export function matchesClient(patterns: readonly string[], userAgent: string): boolean {
  const agent = userAgent.toLowerCase();
  return patterns.some((pattern) => agent.includes(pattern.toLowerCase()));
}

function allowsModel(provider: Provider, model: string | null): boolean {
  if (provider.allowedModels.length === 0 || model === null) return true;
  const upstream = redirectModel(provider.modelRedirects, model);
  return provider.allowedModels.includes(model) || provider.allowedModels.includes(upstream);
}

const FILTERS: readonly Filter[] = [
  { step: 'enabled', reason: 'disabled', keep: (p) => p.enabled },
  { step: 'group', reason: 'group_mismatch', keep: (p, f) => f.group === '*' || providerGroups(p).includes(f.group) },
  { step: 'protocol', reason: 'protocol_unsupported', keep: (p, f) => servesProtocol(p, f) },
  {
    step: 'client',
    reason: 'client_not_allowed',
    keep: (p, f) =>
      (p.allowedClients.length === 0 || matchesClient(p.allowedClients, f.userAgent)) &&
      !matchesClient(p.blockedClients, f.userAgent),
  },
  { step: 'model', reason: 'model_not_allowed', keep: (p, f) => allowsModel(p, f.model) },
  {
    step: 'active_hours',
    reason: 'outside_active_hours',
    keep: (p, f) => isWithinActiveHours(p.activeHours, f.now, f.timeZone),
  },
  { step: 'circuit', reason: 'circuit_open', keep: (p, f) => f.breakerStatus(p.id) !== 'open' },
  { step: 'cooldown', reason: 'cooling_down', keep: (p, f) => !f.isCoolingDown(p.id) },
  { step: 'limits', reason: 'limit_exhausted', keep: (p, f) => !f.isLimitExhausted(p.id) },
  { step: 'failover', reason: 'already_failed', keep: (p, f) => !f.excluded.has(p.id) },
];

/** Runs every filter in order, recording each step's kept count and the dropped providers. */
export function filterCandidates(
  providers: readonly Provider[],
  facts: SelectionFacts,
): { candidates: Provider[]; steps: FilterStep[] } {
  let candidates = [...providers];
  const steps: FilterStep[] = [];
  for (const filter of FILTERS) {
    const kept: Provider[] = [];
    const dropped: FilterStep['dropped'] = [];
    for (const provider of candidates) {
      if (filter.keep(provider, facts)) kept.push(provider);
      else dropped.push({ providerId: provider.id, providerName: provider.name, reason: filter.reason });
    }
    steps.push({ step: filter.step, kept: kept.length, dropped });
    candidates = kept;
  }
  return { candidates, steps };
}
