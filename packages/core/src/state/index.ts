export * from './state-store.js';
export { createMemoryStore } from './memory-store.js';
export type { MemoryStoreOptions } from './memory-store.js';
export { createRedisStore } from './redis-store.js';
export type { RedisStoreOptions } from './redis-store.js';
export { stateKeys } from './state-keys.js';
