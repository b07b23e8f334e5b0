import { describe, expect, it } from 'vitest';
import { TimeLog } from './time-log.js';

describe('TimeLog', () => {
  it('drops times from the front and reports the oldest left', () => {
    const log = new TimeLog();
    for (let at = 1; at <= 1000; at++) log.add(at);
    expect(log.dropUntil(600)).toBe(601);
    expect(log.size).toBe(400);
    expect(log.dropUntil(999)).toBe(1000);
    expect(log.dropUntil(1000)).toBeNull();
    expect(log.size).toBe(0);
  });

  it('keeps out-of-order times sorted', () => {
    const log = new TimeLog();
    for (const at of [50, 10, 30, 70, 20, 30]) log.add(at);
    expect(log.size).toBe(6);
    expect(log.dropUntil(10)).toBe(20);
    expect(log.dropUntil(30)).toBe(50);
    expect(log.size).toBe(2);
  });

  it('inserts a late time among entries kept after a compaction', () => {
    const log = new TimeLog();
    for (let at = 0; at < 200; at++) log.add(at * 10);
    expect(log.dropUntil(1500)).toBe(1510);
    log.add(1515);
    expect(log.size).toBe(50);
    expect(log.dropUntil(1510)).toBe(1515);
  });
});
