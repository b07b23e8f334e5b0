export * from './create-database.js';
export { migrateToLatest, MigrationError } from './migrate.js';
export { migrations } from './migrations/index.js';
export { isDatabaseUnavailable } from './is-database-unavailable.js';
export { isRejectedData } from './is-rejected-data.js';
export { pingDatabase } from './ping-database.js';
export * from './queries/index.js';
export { withoutParallelWorkers } from './without-parallel-workers.js';
export type * from './schema.js';
