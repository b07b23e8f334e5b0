import { afterAll, afterEach, beforeEach, describe } from 'vitest';
import type { StateStore } from './state-store.js';
import { admissionContract } from './contract/admission-contract.js';
import { breakerContract } from './contract/breaker-contract.js';
import { keyValueContract } from './contract/key-value-contract.js';
import { pubSubContract } from './contract/pub-sub-contract.js';
import { settlementContract } from './contract/settlement-contract.js';
import { sortedSetContract } from './contract/sorted-set-contract.js';

/**
 * The one behavioural suite every StateStore implementation must pass. Each test gets a fresh
 * store from `makeStore` (it must not see other tests' keys) and closes it afterwards;
 * `cleanup` runs once at the end (e.g. to delete a test key prefix).
 */
export function describeStoreContract(
  name: string,
  makeStore: () => Promise<StateStore>,
  cleanup?: () => Promise<void>,
): void {
  describe(`StateStore contract: ${name}`, () => {
    let current: StateStore | null = null;
    const store = (): StateStore => {
      if (!current) throw new Error('store used outside a test');
      return current;
    };

    beforeEach(async () => {
      current = await makeStore();
    });
    afterEach(async () => {
      await current?.close();
      current = null;
    });
    if (cleanup) afterAll(cleanup);

    describe('key/value and counters', () => keyValueContract({ store }));
    describe('sorted sets and slots', () => sortedSetContract({ store }));
    describe('admission', () => admissionContract({ store }));
    describe('settlement and budgets', () => settlementContract({ store }));
    describe('circuit breaker', () => breakerContract({ store }));
    describe('pub/sub', () => pubSubContract({ store }));
  });
}
