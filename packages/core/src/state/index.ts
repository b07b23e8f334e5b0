export * from './state-store.js';
export { createMemoryStore } from './memory-store.js';
export type { MemoryStoreOptions } from './memory-store.js';
export { createRedisStore, keyPrefixFor } from './redis-store.js';
export type { RedisStoreOptions } from './redis-store.js';
export type { RedisConnectionTarget, RedisCredentials, RedisNodeAddress } from './redis-connection-target.js';
export { stateKeys } from './state-keys.js';
export {
  createGuardedStore,
  type GuardedStore,
  type GuardedStoreOptions,
  StoreUnavailableError,
} from './guarded-store.js';
export type { StoreBreakerState, StoreHealth } from './store-breaker.js';
export { isRedisOutage } from './redis-connection.js';
