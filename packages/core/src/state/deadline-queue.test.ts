import { spawn } from 'node:child_process';
import { connect } from 'node:net';
import { describe, expect, it } from 'vitest';
import { createDeadlineQueue } from './deadline-queue.js';

const late = () => new Error('late');
const never = () => new Promise<never>(() => {});
const after = <T>(ms: number, value: T) => new Promise<T>((resolve) => setTimeout(() => resolve(value), ms));

describe('createDeadlineQueue', () => {
  it('passes answers and errors through untouched', async () => {
    const deadlines = createDeadlineQueue(200, late);
    await expect(deadlines.race(Promise.resolve(42))).resolves.toBe(42);
    await expect(deadlines.race(Promise.reject(new Error('store said no')))).rejects.toThrow('store said no');
    expect(deadlines.waiting()).toBe(0);
  });

  it('gives up on a hung operation after its timeout and leaves the others alone', async () => {
    const deadlines = createDeadlineQueue(40, late);
    const started = Date.now();
    const hung = deadlines.race(never()).catch((error: Error) => ({ error: error.message, ms: Date.now() - started }));
    const fast = deadlines.race(after(5, 'fast'));
    const slowButInTime = deadlines.race(after(25, 'in time'));
    expect(await fast).toBe('fast');
    expect(await slowButInTime).toBe('in time');
    const result = await hung;
    expect(result).toMatchObject({ error: 'late' });
    expect((result as { ms: number }).ms).toBeGreaterThanOrEqual(39);
    expect(deadlines.waiting()).toBe(0);
  });

  it('keeps each operation its own deadline when they start at different times', async () => {
    const deadlines = createDeadlineQueue(50, late);
    const first = deadlines.race(never()).catch(() => Date.now());
    await after(30, null);
    const secondStarted = Date.now();
    const second = deadlines.race(never()).catch(() => Date.now());
    const [firstAt, secondAt] = await Promise.all([first, second]);
    expect(secondAt - secondStarted).toBeGreaterThanOrEqual(49);
    expect(secondAt).toBeGreaterThan(firstAt);
  });

  it('lets a reply that reached the socket during a busy loop win over the deadline', async () => {
    // the echo runs in another process, so it answers while this one is busy
    const echoServer = [
      "const s = require('node:net').createServer((c) => c.pipe(c));",
      "s.listen(0, '127.0.0.1', () => console.log(s.address().port));",
    ].join('\n');
    const echo = spawn(process.execPath, ['-e', echoServer]);
    const port = Number(
      await new Promise<string>((resolve) => echo.stdout.once('data', (data) => resolve(String(data)))),
    );
    const socket = connect(port, '127.0.0.1');
    await new Promise((resolve) => socket.once('connect', resolve));
    try {
      const deadlines = createDeadlineQueue(10, late);
      const reply = new Promise<string>((resolve) => socket.once('data', (data) => resolve(data.toString())));
      const raced = deadlines.race(reply);
      socket.write('ping');
      const busyUntil = Date.now() + 200; // the deadline passes while the echo waits in the socket
      while (Date.now() < busyUntil);
      expect(await raced).toBe('ping');
    } finally {
      socket.destroy();
      echo.kill();
    }
  });

  it('holds nothing once thousands of operations have answered, in or out of order', async () => {
    const deadlines = createDeadlineQueue(1_000, late);
    const operations = Array.from({ length: 5_000 }, (_, i) => deadlines.race(after(i % 7, i)));
    expect(deadlines.waiting()).toBe(5_000);
    const values = await Promise.all(operations);
    expect(values[4_999]).toBe(4_999);
    expect(deadlines.waiting()).toBe(0);
  });
});
