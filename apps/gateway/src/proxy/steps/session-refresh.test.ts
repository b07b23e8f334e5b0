import { describe, expect, it } from 'vitest';
import { createSessionRefresh } from './session-refresh.js';

const TTL = 300_000;

describe('createSessionRefresh', () => {
  it('writes a new binding, skips the same one within a second, then writes it again', () => {
    const refresh = createSessionRefresh();
    expect(refresh.due('s1', 'p1', 0, TTL)).toBe(true);
    expect(refresh.due('s1', 'p1', 400, TTL)).toBe(false);
    expect(refresh.due('s1', 'p1', 999, TTL)).toBe(false);
    expect(refresh.due('s1', 'p1', 1_000, TTL)).toBe(true);
    expect(refresh.due('s1', 'p1', 1_500, TTL)).toBe(false);
  });

  it('writes at once when the provider changes, when forgotten, and for another session', () => {
    const refresh = createSessionRefresh();
    refresh.due('s1', 'p1', 0, TTL);
    expect(refresh.due('s1', 'p2', 10, TTL)).toBe(true);
    expect(refresh.due('s1', 'p2', 20, TTL)).toBe(false);
    refresh.forget('s1');
    expect(refresh.due('s1', 'p2', 30, TTL)).toBe(true);
    expect(refresh.due('s2', 'p2', 30, TTL)).toBe(true);
  });

  it('refreshes a short TTL at least ten times over', () => {
    const refresh = createSessionRefresh();
    refresh.due('s1', 'p1', 0, 2_000);
    expect(refresh.due('s1', 'p1', 199, 2_000)).toBe(false);
    expect(refresh.due('s1', 'p1', 200, 2_000)).toBe(true);
  });

  it('stays bounded under many sessions and still writes every new one', () => {
    const refresh = createSessionRefresh();
    for (let i = 0; i < 25_000; i++) expect(refresh.due(`s${i}`, 'p1', i, TTL)).toBe(true);
    expect(refresh.due('s24999', 'p1', 25_000, TTL)).toBe(false);
  });
});
