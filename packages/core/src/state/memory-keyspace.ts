import { TimeLog } from './time-log.js';

/** One in-process key: the value shapes the Redis store uses, and a compact log for rate windows (a zset in Redis). */
export type MemoryValue =
  | { type: 'string'; value: string }
  | { type: 'zset'; members: Map<string, number> }
  | { type: 'hash'; fields: Map<string, number> }
  | { type: 'log'; times: TimeLog };

interface Entry {
  value: MemoryValue;
  /** Wall-clock expiry (ms), like Redis PEXPIRE; null = persistent. */
  expiresAt: number | null;
}

export interface MemoryKeyspace {
  read(key: string): MemoryValue | undefined;
  readString(key: string): string | null;
  /** The sorted set at `key`, created empty when missing. */
  zset(key: string): Map<string, number>;
  findZset(key: string): Map<string, number> | undefined;
  /** The hash at `key`, created empty when missing. */
  hash(key: string): Map<string, number>;
  findHash(key: string): Map<string, number> | undefined;
  /** The rate-window log at `key`, created empty when missing. */
  log(key: string): TimeLog;
  findLog(key: string): TimeLog | undefined;
  write(key: string, value: MemoryValue, ttlMs: number | null): void;
  /** Replaces the value and keeps the TTL (Redis KEEPTTL). */
  replace(key: string, value: MemoryValue): void;
  remove(key: string): boolean;
  /** Sets the TTL of an existing key; false when it is gone. */
  expire(key: string, ttlMs: number | null): boolean;
  /** Extends the TTL to at least `ttlMs` (like the Lua `extend_ttl` helper). */
  extendTtl(key: string, ttlMs: number): void;
  /** Drops empty collections, as Redis does. */
  dropIfEmpty(key: string): void;
  sweep(): void;
  clear(): void;
}

export class WrongTypeError extends Error {
  constructor(key: string) {
    super(`WRONGTYPE key ${key} holds a value of another kind`);
    this.name = 'WrongTypeError';
  }
}

export function createMemoryKeyspace(clock: () => number = Date.now): MemoryKeyspace {
  const entries = new Map<string, Entry>();

  const live = (key: string): Entry | undefined => {
    const entry = entries.get(key);
    if (entry && entry.expiresAt !== null && entry.expiresAt <= clock()) {
      entries.delete(key);
      return undefined;
    }
    return entry;
  };

  const find = (key: string, type: 'zset' | 'hash'): Map<string, number> | undefined => {
    const value = live(key)?.value;
    if (!value) return undefined;
    if (value.type === 'zset' && type === 'zset') return value.members;
    if (value.type === 'hash' && type === 'hash') return value.fields;
    throw new WrongTypeError(key);
  };

  const findLog = (key: string): TimeLog | undefined => {
    const value = live(key)?.value;
    if (!value) return undefined;
    if (value.type === 'log') return value.times;
    throw new WrongTypeError(key);
  };

  const ensure = (key: string, type: 'zset' | 'hash'): Map<string, number> => {
    const found = find(key, type);
    if (found) return found;
    const fresh = new Map<string, number>();
    const value: MemoryValue = type === 'zset' ? { type, members: fresh } : { type, fields: fresh };
    entries.set(key, { value, expiresAt: null });
    return fresh;
  };

  const keyspace: MemoryKeyspace = {
    read: (key) => live(key)?.value,
    readString(key) {
      const value = live(key)?.value;
      if (!value) return null;
      if (value.type !== 'string') throw new WrongTypeError(key);
      return value.value;
    },
    zset: (key) => ensure(key, 'zset'),
    findZset: (key) => find(key, 'zset'),
    hash: (key) => ensure(key, 'hash'),
    findHash: (key) => find(key, 'hash'),
    log(key) {
      const found = findLog(key);
      if (found) return found;
      const times = new TimeLog();
      entries.set(key, { value: { type: 'log', times }, expiresAt: null });
      return times;
    },
    findLog,
    write(key, value, ttlMs) {
      entries.set(key, { value, expiresAt: ttlMs === null ? null : clock() + ttlMs });
    },
    replace(key, value) {
      entries.set(key, { value, expiresAt: live(key)?.expiresAt ?? null });
    },
    remove: (key) => live(key) !== undefined && entries.delete(key),
    expire(key, ttlMs) {
      const entry = live(key);
      if (!entry) return false;
      entry.expiresAt = ttlMs === null ? null : clock() + ttlMs;
      return true;
    },
    extendTtl(key, ttlMs) {
      const entry = live(key);
      const until = clock() + ttlMs;
      if (entry && (entry.expiresAt === null || entry.expiresAt < until)) entry.expiresAt = until;
    },
    dropIfEmpty(key) {
      const value = live(key)?.value;
      if (value?.type === 'zset' && value.members.size === 0) entries.delete(key);
      if (value?.type === 'hash' && value.fields.size === 0) entries.delete(key);
      if (value?.type === 'log' && value.times.size === 0) entries.delete(key);
    },
    sweep() {
      for (const key of entries.keys()) live(key);
    },
    clear: () => entries.clear(),
  };
  return keyspace;
}
