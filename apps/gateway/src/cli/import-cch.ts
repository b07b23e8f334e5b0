import { isAbsolute, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createDatabase, createSecretBox, migrateToLatest } from '@cch/core';
import { ConfigError, loadConfig } from '../config.js';
import { resolveSecrets } from '../secrets.js';
import { describeSource, runCchImport } from './cch/run-cch-import.js';
import { formatCchImport } from './format-cch-import.js';

const USAGE = `Usage: pnpm --filter @cch/gateway import-cch --from postgres://user:pass@host/db [--apply]

Reads providers, users, keys and model prices from an original Claude Code Hub database and
imports them into this gateway's database: the gateway's own environment variables (DATABASE_URL,
or DATA_DIR for the embedded database, relative to where pnpm was run; ENCRYPTION_KEY).
Dry run by default: prints what would be created, updated, left unchanged or refused.
  --from <url>   the original database (read only)
  --apply        write the plan (one transaction)
  --dry-run      preview only (the default)
`;

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      from: { type: 'string' },
      apply: { type: 'boolean', default: false },
      'dry-run': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help || !values.from) {
    process.stdout.write(USAGE);
    return values.help ? 0 : 2;
  }
  if (values.apply && values['dry-run']) {
    process.stderr.write('--apply and --dry-run exclude each other\n');
    return 2;
  }
  // `pnpm --filter` runs this in apps/gateway: a relative DATA_DIR means where the user ran pnpm
  const env = { ...process.env };
  const callerDir = env.INIT_CWD;
  if (callerDir) env.DATA_DIR = resolve(callerDir, env.DATA_DIR || './data');
  const config = loadConfig(env);
  const target = config.DATABASE_URL
    ? describeSource(config.DATABASE_URL)
    : `embedded database in ${isAbsolute(config.DATA_DIR) ? config.DATA_DIR : resolve(config.DATA_DIR)}`;
  process.stdout.write(`Into: ${target}\n`);
  const secrets = await resolveSecrets({
    adminToken: config.ADMIN_TOKEN,
    encryptionKey: config.ENCRYPTION_KEY,
    dataDir: config.DATA_DIR,
    onGenerated: (name, _value, path) => process.stderr.write(`generated ${name} in ${path}\n`),
  });
  const handle = await createDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR });
  try {
    await migrateToLatest(handle.db);
    const outcome = await runCchImport({
      from: values.from,
      apply: values.apply,
      db: handle.db,
      box: createSecretBox(secrets.encryptionKey),
      now: new Date(),
    });
    process.stdout.write(formatCchImport(outcome));
    return 0;
  } finally {
    await handle.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    const message = error instanceof ConfigError || error instanceof Error ? error.message : String(error);
    const hint = /relation "\w+" does not exist/.test(message)
      ? ' (is --from an original Claude Code Hub database?)'
      : '';
    process.stderr.write(`import-cch failed: ${message}${hint}\nNothing was changed.\n`);
    process.exit(1);
  },
);
