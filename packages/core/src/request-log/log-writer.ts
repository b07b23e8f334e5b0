import { writeIsolating } from './write-isolating.js';

export interface LogWriterOptions<Row> {
  /** Writes one batch; throws when the database is unreachable or refuses the rows. */
  write: (rows: Row[]) => Promise<void>;
  batchSize: number;
  flushIntervalMs: number;
  /** Rows kept while the database is away; older rows past this are dropped and counted. */
  maxQueue: number;
  /**
   * True when an error means the database refused the rows (bad data) rather than being away.
   * Refused batches are split until the bad rows stand alone; those are set aside. Default: never.
   */
  isRejection?: (error: unknown) => boolean;
  /** Rows the database refused on their own: handed over once and never retried. */
  onRejected?: (rows: Row[], error: unknown) => void;
  onError?: (error: unknown, queued: number) => void;
  onDrop?: (dropped: number) => void;
  now?: () => number;
}

export interface LogWriterStats {
  queued: number;
  written: number;
  dropped: number;
  /** Rows the database refused and that were set aside. */
  rejected: number;
  failedFlushes: number;
  /** How long the oldest waiting row has waited, in ms (0 when none waits). */
  oldestAgeMs: number;
  /** Since when every write has failed (epoch ms); null while writes work. */
  failingSince: number | null;
  lastError: string | null;
}

export interface LogWriter<Row> {
  /** Never blocks and never throws: the response path only enqueues. */
  enqueue(row: Row): void;
  /** Writes everything queued now (used by shutdown and tests). */
  flush(): Promise<void>;
  stats(): LogWriterStats;
  /**
   * Stops the writer: waits for a running flush, tries once more, and hands back the rows still
   * unwritten. After `timeoutMs` (a database that hangs) it stops waiting and hands back every row
   * not known to be written, the batch in flight included.
   */
  close(timeoutMs?: number): Promise<Row[]>;
}

interface Entry<Row> {
  row: Row;
  at: number;
  /** Pushed out by the queue bound while its batch was being written. */
  dropped: boolean;
}

const MAX_BACKOFF_MS = 10_000;

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Batches rows off the response path. While the database is away, rows wait (up to maxQueue)
 * and the writer retries with backoff; rows past the bound are dropped oldest-first and counted.
 * Rows the database refuses (see `isRejection`) are isolated and set aside, so they never block the rest.
 */
export function createLogWriter<Row>(options: LogWriterOptions<Row>): LogWriter<Row> {
  const now = options.now ?? Date.now;
  const isRejection = options.isRejection ?? (() => false);
  let queue: Entry<Row>[] = [];
  /** The batch being written; outside `queue` so the bound can still drop its oldest rows. */
  let inflight: Entry<Row>[] = [];
  let flushing: Promise<void> | null = null;
  let backoffMs = 0;
  let closed = false;
  const stats = { written: 0, dropped: 0, rejected: 0, failedFlushes: 0 };
  let failingSince: number | null = null;
  let lastError: string | null = null;
  let timer: NodeJS.Timeout | null = null;

  const liveInflight = () => inflight.filter((entry) => !entry.dropped);
  const waiting = () => queue.length + liveInflight().length;

  const schedule = (delayMs: number) => {
    if (timer || closed) return;
    timer = setTimeout(() => {
      timer = null;
      void flush();
    }, delayMs);
    timer.unref();
  };

  /** Drops the oldest rows (in-flight ones first) until at most maxQueue wait. */
  function enforceBound(): void {
    let overflow = waiting() - options.maxQueue;
    if (overflow <= 0) return;
    const total = overflow;
    for (const entry of inflight) {
      if (overflow === 0) break;
      if (entry.dropped) continue;
      entry.dropped = true;
      overflow--;
    }
    queue.splice(0, overflow);
    stats.dropped += total;
    options.onDrop?.(total);
  }

  function setAside(entries: Entry<Row>[], error: unknown): void {
    stats.rejected += entries.length;
    options.onRejected?.(
      entries.map((entry) => entry.row),
      error,
    );
  }

  async function writeBatch(batch: Entry<Row>[]): Promise<void> {
    let done = 0;
    await writeIsolating(
      batch.map((entry) => entry.row),
      {
        write: options.write,
        isRejection,
        onWritten: (count) => {
          // rows the bound gave up on were written after all: they count as written, not dropped
          const rescued = batch.slice(done, done + count).filter((entry) => entry.dropped).length;
          stats.dropped -= rescued;
          stats.written += count;
          done += count;
        },
        onRejected: (index, error) => {
          const entry = batch[index];
          if (entry) setAside([entry], error);
          done = index + 1;
        },
      },
    ).finally(() => {
      inflight = batch.slice(done);
    });
  }

  async function writeOnce(): Promise<void> {
    while (queue.length > 0) {
      inflight = queue.splice(0, options.batchSize);
      try {
        await writeBatch(inflight);
      } catch (error) {
        stats.failedFlushes++;
        failingSince ??= now();
        lastError = errorText(error);
        backoffMs = Math.min(MAX_BACKOFF_MS, backoffMs === 0 ? options.flushIntervalMs : backoffMs * 2);
        queue = [...liveInflight(), ...queue];
        inflight = [];
        options.onError?.(error, queue.length);
        throw error;
      }
      inflight = [];
      failingSince = null;
      backoffMs = 0;
    }
  }

  function flush(): Promise<void> {
    if (!flushing) {
      flushing = writeOnce()
        .catch(() => undefined)
        .finally(() => {
          flushing = null;
          if (queue.length > 0) schedule(backoffMs || options.flushIntervalMs);
        });
    }
    return flushing;
  }

  return {
    enqueue(row) {
      queue.push({ row, at: now(), dropped: false });
      enforceBound();
      if (queue.length >= options.batchSize && backoffMs === 0) void flush();
      else schedule(backoffMs || options.flushIntervalMs);
    },
    async flush() {
      await flush();
      // a flush may have been in progress when new rows arrived
      if (queue.length > 0 && backoffMs === 0) await flush();
    },
    stats() {
      const oldest = liveInflight()[0] ?? queue[0];
      return {
        ...stats,
        queued: waiting(),
        oldestAgeMs: oldest ? Math.max(0, now() - oldest.at) : 0,
        failingSince,
        lastError,
      };
    },
    async close(timeoutMs) {
      closed = true;
      if (timer) clearTimeout(timer);
      timer = null;
      const finished = (async () => {
        await flushing;
        await flush();
      })();
      let deadline: NodeJS.Timeout | undefined;
      if (timeoutMs === undefined) await finished;
      else await Promise.race([finished, new Promise<void>((resolve) => (deadline = setTimeout(resolve, timeoutMs)))]);
      clearTimeout(deadline);
      const rest = [...liveInflight(), ...queue].map((entry) => entry.row);
      queue = [];
      inflight = [];
      return rest;
    },
  };
}
