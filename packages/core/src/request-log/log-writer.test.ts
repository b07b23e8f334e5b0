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
    const writer = createLogWriter({ write: db.write, batchSize: 5, flushIntervalMs: 10, maxQueue: 100, onError: (_e, q) => errors.push(q) });
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
    const writer = createLogWriter({ write: db.write, batchSize: 5, flushIntervalMs: 10, maxQueue: 10, onDrop: (n) => (dropped += n) });
    db.setUp(false);
    for (let i = 0; i < 15; i++) writer.enqueue(i);
    db.setUp(true);
    await writer.close();
    expect(dropped).toBe(5);
    expect(db.rows).toEqual([5, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
    expect(writer.stats().dropped).toBe(5);
  });
});
