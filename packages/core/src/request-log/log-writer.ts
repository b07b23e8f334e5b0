export interface LogWriterOptions<Row> {
  /** Writes one batch; throws when the database is unreachable. */
  write: (rows: Row[]) => Promise<void>;
  batchSize: number;
  flushIntervalMs: number;
  /** Rows kept while the database is away; older rows past this are dropped and counted. */
  maxQueue: number;
  onError?: (error: unknown, queued: number) => void;
  onDrop?: (dropped: number) => void;
}

export interface LogWriterStats {
  queued: number;
  written: number;
  dropped: number;
  failedFlushes: number;
}

export interface LogWriter<Row> {
  /** Never blocks and never throws: the response path only enqueues. */
  enqueue(row: Row): void;
  /** Writes everything queued now (used by shutdown and tests). */
  flush(): Promise<void>;
  stats(): LogWriterStats;
  close(): Promise<void>;
}

const MAX_BACKOFF_MS = 10_000;

/**
 * Batches rows off the response path. While writes fail, rows wait (up to maxQueue) and the
 * writer retries with backoff; rows past the bound are dropped oldest-first and counted.
 */
export function createLogWriter<Row>(options: LogWriterOptions<Row>): LogWriter<Row> {
  let queue: Row[] = [];
  let flushing: Promise<void> | null = null;
  let backoffMs = 0;
  let closed = false;
  const stats: LogWriterStats = { queued: 0, written: 0, dropped: 0, failedFlushes: 0 };
  let timer: NodeJS.Timeout | null = null;

  const schedule = (delayMs: number) => {
    if (timer || closed) return;
    timer = setTimeout(() => {
      timer = null;
      void flush();
    }, delayMs);
    timer.unref();
  };

  async function writeOnce(): Promise<void> {
    while (queue.length > 0) {
      const batch = queue.slice(0, options.batchSize);
      try {
        await options.write(batch);
      } catch (error) {
        stats.failedFlushes++;
        backoffMs = Math.min(MAX_BACKOFF_MS, backoffMs === 0 ? options.flushIntervalMs : backoffMs * 2);
        options.onError?.(error, queue.length);
        throw error;
      }
      queue = queue.slice(batch.length);
      stats.written += batch.length;
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
      queue.push(row);
      if (queue.length > options.maxQueue) {
        const overflow = queue.length - options.maxQueue;
        queue.splice(0, overflow);
        stats.dropped += overflow;
        options.onDrop?.(overflow);
      }
      if (queue.length >= options.batchSize && backoffMs === 0) void flush();
      else schedule(backoffMs || options.flushIntervalMs);
    },
    async flush() {
      await flush();
      // a flush may have been in progress when new rows arrived
      if (queue.length > 0 && backoffMs === 0) await flush();
    },
    stats: () => ({ ...stats, queued: queue.length }),
    /** Last chance for queued rows: waits for a running flush, then tries once more. */
    async close() {
      closed = true;
      if (timer) clearTimeout(timer);
      timer = null;
      await flushing;
      await flush();
    },
  };
}
