import { appendFile, mkdir, readdir, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { IN_MEMORY_DATA_DIR, type NewRequestLog } from '@cch/core';
import { fromLines, type ParsedLines, toLines } from './request-log-lines.js';

const SPILL_PREFIX = 'spill-';
const CLAIMED_SUFFIX = '.replaying';

/**
 * Where request-log rows live on disk while they are not in the database: `rejected.jsonl` (rows
 * the database refused, kept for an operator) and `spill-*.jsonl` (rows still queued at shutdown,
 * replayed on the next start). Files are readable by the gateway's user only: rows may hold bodies.
 * With an in-memory data directory there is no such folder and every method is a no-op.
 */
export interface RequestLogFiles {
  /** The folder, or null when the data directory is in memory. */
  readonly dir: string | null;
  /** Appends rows to `rejected.jsonl`; returns the file, or null when there is none. */
  appendRejected(rows: readonly NewRequestLog[]): Promise<string | null>;
  /** Writes rows to a new spill file (atomically: written whole, then renamed); returns its path. */
  spill(rows: readonly NewRequestLog[]): Promise<string | null>;
  /**
   * Takes every spill file left by earlier runs: each is claimed by renaming it (so two processes
   * on one directory never replay the same file), read, and handed to `replay`; deleted after.
   */
  replaySpills(replay: (parsed: ParsedLines, file: string) => Promise<void>): Promise<void>;
}

export function createRequestLogFiles(dataDir: string): RequestLogFiles {
  if (dataDir === IN_MEMORY_DATA_DIR) {
    return { dir: null, appendRejected: async () => null, spill: async () => null, replaySpills: async () => {} };
  }
  const dir = join(dataDir, 'request-log');
  const ready = () => mkdir(dir, { recursive: true, mode: 0o700 });
  let appending: Promise<unknown> = Promise.resolve();

  return {
    dir,
    appendRejected(rows) {
      const file = join(dir, 'rejected.jsonl');
      const next = appending.then(async () => {
        await ready();
        await appendFile(file, toLines(rows), { mode: 0o600 });
        return file;
      });
      appending = next.catch(() => undefined);
      return next;
    },
    async spill(rows) {
      if (rows.length === 0) return null;
      await ready();
      const name = `${SPILL_PREFIX}${new Date().toISOString().replaceAll(':', '-')}-${process.pid}.jsonl`;
      const file = join(dir, name);
      await writeFile(`${file}.tmp`, toLines(rows), { mode: 0o600 });
      await rename(`${file}.tmp`, file);
      return file;
    },
    async replaySpills(replay) {
      const names = await readdir(dir).catch(() => [] as string[]);
      for (const name of names.sort()) {
        if (!name.startsWith(SPILL_PREFIX) || !name.endsWith('.jsonl')) continue;
        const claimed = join(dir, `${name}${CLAIMED_SUFFIX}-${process.pid}`);
        const taken = await rename(join(dir, name), claimed).then(
          () => true,
          () => false, // another process took it first
        );
        if (!taken) continue;
        await replay(fromLines(await readFile(claimed, 'utf8')), join(dir, name));
        await unlink(claimed);
      }
    },
  };
}
