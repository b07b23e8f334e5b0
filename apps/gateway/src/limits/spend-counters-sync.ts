import {
  type ConfigCache,
  type Database,
  ensureSpendCounters,
  type LimitedSubject,
  type Limits,
  listSpendResets,
  rebuildSpendCounters,
  SPEND_LIMIT_KINDS,
  type SpendCountersState,
  type StateStore,
  StoreUnavailableError,
  subjectResetKey,
} from '@cch/core';
import type { Kysely } from 'kysely';
import type { Logger } from 'pino';

export interface SpendCountersSyncDeps {
  store: StateStore;
  db: Kysely<Database>;
  cache: ConfigCache;
  logger: Logger;
  now: () => number;
  /** Read at each check (a runtime setting). */
  timeZone: () => string;
  /** Writes this replica's queued log rows, so the ledger is as complete as it can be. */
  flushLogs: () => Promise<void>;
  /** How often the store is checked for lost counters (one GET). */
  intervalMs: number;
}

export interface SpendCountersSync {
  /** Checks once (rebuilding if needed); never throws. */
  check(): Promise<SpendCountersState | 'failed'>;
  start(): void;
  stop(): Promise<void>;
}

const hasSpendLimit = (limits: Limits) => SPEND_LIMIT_KINDS.some((kind) => limits[kind] !== null);

function limitedSubjects(cache: ConfigCache): LimitedSubject[] {
  const { users, keys, providers } = cache.current();
  const subjects: LimitedSubject[] = [];
  for (const user of users)
    if (hasSpendLimit(user.limits)) subjects.push({ subject: { kind: 'user', id: user.id }, limits: user.limits });
  for (const key of keys)
    if (hasSpendLimit(key.limits)) subjects.push({ subject: { kind: 'key', id: key.id }, limits: key.limits });
  for (const provider of providers)
    if (hasSpendLimit(provider.limits))
      subjects.push({ subject: { kind: 'provider', id: provider.id }, limits: provider.limits });
  return subjects;
}

/**
 * Keeps spend limits true across a state store that lost its data (a Redis restarted empty, a
 * new process on the in-process store): checks at start and every `intervalMs`, and rebuilds the
 * counters of every user, key and provider with a spend limit from the request log. Runs off the
 * request path; the proxy never queries the database for it.
 */
export function createSpendCountersSync(deps: SpendCountersSyncDeps): SpendCountersSync {
  const { store, db, logger } = deps;
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<SpendCountersState | 'failed'> | null = null;

  async function rebuild(): Promise<void> {
    await deps.flushLogs().catch(() => undefined);
    const started = Date.now();
    const subjects = limitedSubjects(deps.cache);
    const resets = await listSpendResets(db);
    const counters = await rebuildSpendCounters({
      store,
      db,
      subjects,
      resets: new Map(resets.map((reset) => [subjectResetKey(reset), reset.resetAt.getTime()])),
      clock: { now: deps.now(), timeZone: deps.timeZone() },
    });
    const facts = { subjects: subjects.length, counters, ms: Date.now() - started };
    if (counters === 0) logger.info(facts, 'spend counters initialised in the state store');
    else
      logger.warn(
        facts,
        'spend counters were missing from the state store (restarted empty?): rebuilt from the request log',
      );
  }

  async function checkOnce(): Promise<SpendCountersState | 'failed'> {
    try {
      return await ensureSpendCounters(store, rebuild, deps.now());
    } catch (error) {
      // an unreachable store is reported by the limiter already; anything else is worth a line
      if (!(error instanceof StoreUnavailableError))
        logger.warn({ err: error instanceof Error ? error.message : String(error) }, 'spend counter check failed');
      return 'failed';
    }
  }

  const check = () => {
    running ??= checkOnce().finally(() => {
      running = null;
    });
    return running;
  };

  return {
    check,
    start() {
      if (timer) return;
      timer = setInterval(() => void check(), deps.intervalMs);
      timer.unref();
    },
    async stop() {
      if (timer) clearInterval(timer);
      timer = null;
      await running;
    },
  };
}
