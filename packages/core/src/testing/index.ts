export { describeStoreContract } from '../state/store-contract.js';
export { describeStorageContract } from '../db/storage-contract.js';
export { findExecutable, freePort, spawnServer, waitUntil, type ChildServer } from './child-servers.js';
export { PGBOUNCER_MISSING, type PgBouncer, startPgBouncer } from './start-pgbouncer.js';
export { type RedisCluster, startRedisCluster } from './start-redis-cluster.js';
export { type RedisSentinelSet, startRedisSentinel } from './start-redis-sentinel.js';
export { createScratchDatabase, type ScratchDatabase } from './scratch-database.js';
export { KITCHEN_SINK_REQUEST, KITCHEN_SINK_STREAM, decodeAtEverySplit, decodeInChunks } from '../ir/testing/index.js';
