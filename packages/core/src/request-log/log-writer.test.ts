import { describe, expect, it } from 'vitest';
import { createLogWriter } from './log-writer.js';

function fakeDatabase() {
  const rows: number[] = [];
  let up = true;
  return {
    rows,
    setUp: (value: boolean) => (up = value),
    write: async (batch: number[]) => {
      if (!up) throw new Error('connection refused');
      rows.push(...batch);
    },
  };
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('createLogWriter', () => {
  it('writes in batches without the caller waiting', async () => {
    const db = fakeDatabase();
    const writer = createLogWriter({ write: db.write, batchSize: 10, flushIntervalMs: 20, maxQueue: 1000 });
    for (let i = 0; i < 25; i++) writer.enqueue(i);
    await wait(60);
    expect(db.rows).toEqual(Array.from({ length: 25 }, (_, i) => i));
    await writer.close();
  });

  it('keeps rows while the database is down and writes them when it returns', async () => {
    const db = fakeDatabase();
    const errors: number[] = [];
    const writer = createLogWriter({
      write: db.write,
      batchSize: 5,
      flushIntervalMs: 10,
      maxQueue: 100,
      onError: (_e, q) => errors.push(q),
    });
    db.setUp(false);
    for (let i = 0; i < 30; i++) writer.enqueue(i);
    await wait(50);
    expect(db.rows).toHaveLength(0);
    expect(writer.stats().queued).toBe(30);
    expect(errors.length).toBeGreaterThan(0);
    db.setUp(true);
    await writer.flush();
    expect(db.rows).toEqual(Array.from({ length: 30 }, (_, i) => i));
    expect(writer.stats()).toMatchObject({ queued: 0, written: 30, dropped: 0 });
    await writer.close();
  });

  it('drops the oldest rows past the bound and counts them', async () => {
    const db = fakeDatabase();
    let dropped = 0;
    const writer = createLogWriter({
      write: db.write,
      batchSize: 5,
      flushIntervalMs: 10,
      maxQueue: 10,
      onDrop: (n) => (dropped += n),
    });
    db.setUp(false);
    for (let i = 0; i < 15; i++) writer.enqueue(i);
    db.setUp(true);
    await writer.close();
    expect(dropped).toBe(5);
    expect(db.rows).toEqual([5, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
    expect(writer.stats().dropped).toBe(5);
  });

  it('sets a row the database refuses aside and writes every other row, without retrying it', async () => {
    const written: number[] = [];
    let statements = 0;
    const refused: number[] = [];
    const writer = createLogWriter<number>({
      write: async (batch) => {
        statements++;
        if (batch.includes(13) || batch.includes(40)) throw new RefusedRow();
        written.push(...batch);
      },
      isRejection: (error) => error instanceof RefusedRow,
      onRejected: (rows) => refused.push(...rows),
      batchSize: 50,
      flushIntervalMs: 10,
      maxQueue: 1000,
    });
    for (let i = 0; i < 100; i++) writer.enqueue(i);
    await writer.flush();
    expect(refused).toEqual([13, 40]);
    expect(written).toEqual(Array.from({ length: 100 }, (_, i) => i).filter((i) => i !== 13 && i !== 40));
    expect(writer.stats()).toMatchObject({ queued: 0, written: 98, rejected: 2, dropped: 0, failingSince: null });
    expect(statements).toBeLessThan(30); // two binary searches, not one statement per row
    writer.enqueue(100);
    await writer.flush();
    expect(written.at(-1)).toBe(100);
    await writer.close();
  });

  it('keeps the rest of a split batch queued when the database goes away in the middle', async () => {
    const db = fakeDatabase();
    let outageStarted = false;
    const writer = createLogWriter<number>({
      write: async (batch) => {
        if (batch[0] === 4 && batch.length === 4 && !outageStarted) {
          outageStarted = true;
          db.setUp(false); // the outage starts while the right half is being written
        }
        if (batch.includes(3)) {
          await db.write([]); // an outage wins over a refusal
          throw new RefusedRow();
        }
        await db.write(batch);
      },
      isRejection: (error) => error instanceof RefusedRow,
      batchSize: 8,
      flushIntervalMs: 10,
      maxQueue: 100,
    });
    for (let i = 0; i < 8; i++) writer.enqueue(i);
    await writer.flush();
    expect(db.rows).toEqual([0, 1, 2]);
    expect(writer.stats()).toMatchObject({ queued: 4, written: 3, rejected: 1 });
    db.setUp(true);
    await writer.flush();
    expect(db.rows).toEqual([0, 1, 2, 4, 5, 6, 7]);
    expect(writer.stats()).toMatchObject({ queued: 0, written: 7, rejected: 1 });
    await writer.close();
  });

  it('reports how long rows have waited and since when writes fail, and hands back what is left on close', async () => {
    const db = fakeDatabase();
    let clock = 1_000;
    const writer = createLogWriter<number>({
      write: db.write,
      batchSize: 5,
      flushIntervalMs: 10,
      maxQueue: 100,
      now: () => clock,
    });
    db.setUp(false);
    writer.enqueue(1);
    clock += 500;
    writer.enqueue(2);
    await writer.flush();
    clock += 1_500;
    expect(writer.stats()).toMatchObject({ queued: 2, oldestAgeMs: 2_000, failingSince: 1_500 });
    expect(writer.stats().lastError).toBe('connection refused');
    writer.enqueue(3);
    expect(await writer.close()).toEqual([1, 2, 3]);
    expect(writer.stats()).toMatchObject({ queued: 0, written: 0 });
  });
});

describe('createLogWriter on a database that hangs', () => {
  it('stops waiting at close after the timeout and hands back every row, the batch in flight included', async () => {
    const writer = createLogWriter<number>({
      write: () => new Promise<void>(() => {}), // never answers
      batchSize: 2,
      flushIntervalMs: 10,
      maxQueue: 100,
    });
    for (let i = 0; i < 5; i++) writer.enqueue(i);
    const started = Date.now();
    expect((await writer.close(100)).sort()).toEqual([0, 1, 2, 3, 4]);
    expect(Date.now() - started).toBeLessThan(1_000);
  });
});

class RefusedRow extends Error {
  readonly code = '22021';
}
