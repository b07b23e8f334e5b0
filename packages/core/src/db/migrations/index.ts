import type { Migration } from 'kysely/migration';
import * as initial from './2026-11-22T00-00-00-initial.js';

/** Every migration, by name; names sort in the order they must run. */
export const migrations: Record<string, Migration> = {
  '2026-11-22T00-00-00-initial': initial,
};
