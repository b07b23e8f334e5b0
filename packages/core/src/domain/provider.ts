import { PROVIDER_DEFAULTS, type RedirectMatch } from '@cch/contract';
import type { Limits } from './limits.js';
import type { ProtocolId, ProviderType } from './protocol.js';

export interface ModelRedirect {
  match: RedirectMatch;
  pattern: string;
  target: string;
}

export interface ActiveHours {
  /** HH:mm in the configured time zone; the window may cross midnight (22:00–06:00). */
  start: string;
  end: string;
}

export interface ProviderTimeouts {
  connectMs: number;
  /** Streams only: time allowed until the first body byte. */
  firstByteMs: number;
  /** Streams only: longest silence between two chunks. */
  streamIdleMs: number;
  /** Non-streams only: the whole exchange. */
  totalMs: number;
  /** Streams only: hedge onto the next provider when no first content byte came this soon; null = off. */
  hedgeAfterMs: number | null;
}

export interface CircuitBreakerSettings {
  failureThreshold: number;
  openDurationMs: number;
  halfOpenSuccesses: number;
  /** Whether transport errors (reset, timeout, DNS) count as breaker failures. */
  countNetworkErrors: boolean;
}

export interface Provider {
  id: string;
  name: string;
  type: ProviderType;
  baseUrl: string;
  /** Plaintext upstream key; only ever held in memory (encrypted at rest). */
  apiKey: string;
  enabled: boolean;
  weight: number;
  priority: number;
  groups: string[];
  /** Decimal string, e.g. "1" or "0.8". */
  costMultiplier: string;
  modelRedirects: ModelRedirect[];
  /** Empty = every model. */
  allowedModels: string[];
  /** User-Agent substrings; empty = every client. */
  allowedClients: string[];
  blockedClients: string[];
  activeHours: ActiveHours | null;
  proxyUrl: string | null;
  proxyFallbackToDirect: boolean;
  customHeaders: Record<string, string>;
  timeouts: ProviderTimeouts;
  /** Extra attempts on the same provider after a transport error. */
  retryBudget: number;
  circuitBreaker: CircuitBreakerSettings;
  /** Max in-flight requests on this provider; null = unlimited. */
  concurrencyLimit: number | null;
  limits: Limits;
  /** Client protocols this provider also accepts by conversion. */
  acceptedFormats: ProtocolId[];
  createdAt: Date;
  updatedAt: Date;
}

export const DEFAULT_PROVIDER_TIMEOUTS: ProviderTimeouts = PROVIDER_DEFAULTS.timeouts;
export const DEFAULT_CIRCUIT_BREAKER: CircuitBreakerSettings = PROVIDER_DEFAULTS.circuitBreaker;
