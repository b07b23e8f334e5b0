import { expect, it } from 'vitest';
import type { ContractContext } from './contract-context.js';
import { sleep, waitFor } from './contract-context.js';

export function pubSubContract({ store }: ContractContext): void {
  it('delivers published messages to every subscriber of the channel, including its own', async () => {
    const first: string[] = [];
    const second: string[] = [];
    const other: string[] = [];
    await store().subscribe('config', (message) => first.push(message));
    await store().subscribe('config', (message) => second.push(message));
    await store().subscribe('other', (message) => other.push(message));
    await store().publish('config', 'providers-changed');
    await store().publish('config', 'users-changed');
    await waitFor(() => first.length === 2 && second.length === 2);
    expect(first).toEqual(['providers-changed', 'users-changed']);
    expect(second).toEqual(first);
    await sleep(50);
    expect(other).toEqual([]);
  });

  it('stops delivering after unsubscribe, leaving other subscribers in place', async () => {
    const kept: string[] = [];
    const dropped: string[] = [];
    await store().subscribe('events', (message) => kept.push(message));
    const unsubscribe = await store().subscribe('events', (message) => dropped.push(message));
    await store().publish('events', 'one');
    await waitFor(() => kept.length === 1 && dropped.length === 1);
    await unsubscribe();
    await store().publish('events', 'two');
    await waitFor(() => kept.length === 2);
    await sleep(50);
    expect(dropped).toEqual(['one']);
  });

  it('delivers asynchronously, never inside publish', async () => {
    let delivered = false;
    await store().subscribe('async', () => {
      delivered = true;
    });
    const publishing = store().publish('async', 'x');
    expect(delivered).toBe(false);
    await publishing;
    await waitFor(() => delivered);
  });
}
