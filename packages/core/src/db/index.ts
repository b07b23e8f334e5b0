export * from './create-database.js';
export { migrateToLatest, MigrationError } from './migrate.js';
export { migrations } from './migrations/index.js';
export { pingDatabase } from './ping-database.js';
export * from './queries/index.js';
export type * from './schema.js';
