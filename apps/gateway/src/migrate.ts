import { createDatabase, migrateToLatest } from '@cch/core';
import { loadConfig } from './config.js';

/** `pnpm db:migrate`: brings the configured database to the latest schema and exits. */
const config = loadConfig();
const handle = await createDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR });
try {
  await migrateToLatest(handle.db);
  process.stdout.write(`Database (${handle.kind}) is at the latest migration.\n`);
} finally {
  await handle.close();
}
