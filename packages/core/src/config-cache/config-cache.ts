import type { Provider } from '../domain/provider.js';
import type { ApiKey, User } from '../domain/user.js';
import type { RequestRules } from '../governance/request-rules.js';
import type { StateStore } from '../state/state-store.js';
import type { ErrorRuleRecord } from '../db/queries/error-rules.js';
import type { RectifierSwitch } from '../db/queries/rectifier-switches.js';
import { type CompiledErrorRule, compileErrorRules } from '../governance/error-rules/compile-error-rules.js';
import {
  createRectifierSwitchboard,
  type RectifierSwitchboard,
} from '../governance/rectifiers/rectifier-switchboard.js';

/** Everything the proxy hot path reads, loaded from the database in one go. */
export interface ConfigSnapshot {
  providers: Provider[];
  users: User[];
  keys: ApiKey[];
  settings: Record<string, unknown>;
  errorRules?: ErrorRuleRecord[];
  rectifierSwitches?: RectifierSwitch[];
  /** Request governance (filters, sensitive words, overrides, client versions); absent = none. */
  requestRules?: RequestRules;
}

export interface IndexedSnapshot extends ConfigSnapshot {
  keyByHash: Map<string, ApiKey>;
  userById: Map<string, User>;
  providerById: Map<string, Provider>;
  /** Enabled error rules in the order they are tried. */
  errorMatcher: CompiledErrorRule[];
  rectifiers: RectifierSwitchboard;
  version: number;
}

export interface ConfigCache {
  current(): IndexedSnapshot;
  /** Reloads now (after a local change) and tells every other replica to reload. */
  changed(what: string): Promise<void>;
  reload(): Promise<void>;
  close(): Promise<void>;
}

export const CONFIG_CHANNEL = 'config-changed';

function index(snapshot: ConfigSnapshot, version: number): IndexedSnapshot {
  return {
    ...snapshot,
    keyByHash: new Map(snapshot.keys.map((k) => [k.keyHash, k])),
    userById: new Map(snapshot.users.map((u) => [u.id, u])),
    providerById: new Map(snapshot.providers.map((p) => [p.id, p])),
    errorMatcher: compileErrorRules(snapshot.errorRules ?? []),
    rectifiers: createRectifierSwitchboard(snapshot.rectifierSwitches ?? []),
    version,
  };
}

/**
 * In-process copy of providers, users, keys and settings. A change made through the admin
 * API reloads it here and is published on the store so every replica reloads within a second;
 * a periodic reload covers a missed message (e.g. while Redis was down).
 */
export async function createConfigCache(options: {
  load: () => Promise<ConfigSnapshot>;
  store: StateStore;
  periodicReloadMs?: number;
  onError?: (error: unknown) => void;
}): Promise<ConfigCache> {
  let version = 0;
  let snapshot = index(await options.load(), version);
  let pending: Promise<void> | null = null;
  let again = false;

  async function reload(): Promise<void> {
    if (pending) {
      again = true;
      return pending;
    }
    pending = (async () => {
      do {
        again = false;
        try {
          snapshot = index(await options.load(), ++version);
        } catch (error) {
          options.onError?.(error);
        }
      } while (again);
    })().finally(() => {
      pending = null;
    });
    return pending;
  }

  const unsubscribe = await options.store
    .subscribe(CONFIG_CHANNEL, () => void reload())
    .catch((error: unknown) => {
      options.onError?.(error);
      return async () => undefined;
    });
  const timer = setInterval(() => void reload(), options.periodicReloadMs ?? 30_000);
  timer.unref();

  return {
    current: () => snapshot,
    async changed(what) {
      await reload();
      await options.store.publish(CONFIG_CHANNEL, what).catch((error: unknown) => options.onError?.(error));
    },
    reload,
    async close() {
      clearInterval(timer);
      await unsubscribe();
    },
  };
}
