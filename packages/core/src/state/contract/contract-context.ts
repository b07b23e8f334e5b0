import type { StateStore } from '../state-store.js';

/** What each part of the contract suite gets: the fresh store of the running test. */
export interface ContractContext {
  store(): StateStore;
}

/** A fixed epoch for explicit-clock tests, aligned to every bucket size the tests use. */
export const T0 = 1_700_000_000_000;

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export async function waitFor(check: () => boolean, timeoutMs = 2_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await sleep(5);
  }
}
