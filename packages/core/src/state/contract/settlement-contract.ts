import { expect, it } from 'vitest';
import type { AdmitRequest, BudgetCheck } from '../state-store.js';
import type { ContractContext } from './contract-context.js';
import { sleep, T0 } from './contract-context.js';

const rolling: BudgetCheck = { key: 'usd:5h', mode: 'rolling', windowMs: 60_000, bucketMs: 10_000, limitNano: 10_000 };
const fixed = { key: 'usd:day', mode: 'fixed', ttlMs: 60_000, limitNano: 10_000 } satisfies BudgetCheck;

function admission(requestId: string, now: number, reserveNano: number, budgets: BudgetCheck[]): AdmitRequest {
  return { requestId, now, rates: [], slots: [], budgets, reserveNano };
}

export function settlementContract({ store }: ContractContext): void {
  it('settle replaces the reservation by the actual cost in every budget', async () => {
    const budgets = [rolling, fixed];
    await store().admit(admission('r1', T0, 100, budgets));
    await store().settle({ admittedAt: T0, budgets, reservedNano: 100, actualNano: 30 });
    expect(await store().readBudgets(budgets, T0)).toEqual([30, 30]);
    await store().admit(admission('r2', T0, 100, budgets));
    await store().settle({ admittedAt: T0, budgets, reservedNano: 100, actualNano: 250 });
    expect(await store().readBudgets(budgets, T0)).toEqual([280, 280]);
  });

  it('settles a rolling reservation in the bucket it was admitted in', async () => {
    await store().admit(admission('r1', T0, 100, [rolling]));
    await store().admit(admission('r2', T0 + 30_000, 100, [rolling]));
    await store().settle({ admittedAt: T0, budgets: [rolling], reservedNano: 100, actualNano: 10 });
    expect(await store().readBudgets([rolling], T0 + 30_000)).toEqual([110]);
    expect(await store().readBudgets([rolling], T0 + 60_000)).toEqual([100]);
  });

  it('never lets a budget go below zero', async () => {
    const budgets = [rolling, fixed];
    await store().admit(admission('r1', T0, 100, budgets));
    await store().settle({ admittedAt: T0, budgets, reservedNano: 500, actualNano: 0 });
    expect(await store().readBudgets(budgets, T0)).toEqual([0, 0]);
    await store().admit(admission('r2', T0, 40, budgets));
    expect(await store().readBudgets(budgets, T0)).toEqual([40, 40]);
  });

  it('a fixed budget expires after its TTL', async () => {
    const shortLived: BudgetCheck = { ...fixed, key: 'usd:short', ttlMs: 80 };
    await store().admit(admission('r1', T0, 100, [shortLived]));
    expect(await store().readBudgets([shortLived], T0)).toEqual([100]);
    await sleep(180);
    expect(await store().readBudgets([shortLived], T0)).toEqual([0]);
  });

  it('50 parallel admissions against room for 5 reservations admit exactly 5', async () => {
    const budget: BudgetCheck = { ...fixed, key: 'usd:race', limitNano: 500 };
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) => store().admit(admission(`race-${i}`, T0, 100, [budget]))),
    );
    expect(results.filter((result) => result.admitted)).toHaveLength(5);
    expect(await store().readBudgets([budget], T0)).toEqual([500]);
  });

  it('parallel admissions respect a rate limit exactly', async () => {
    const rate = { key: 'rpm:race', windowMs: 60_000, limit: 7 };
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, i) => store().admit({ ...admission(`rate-${i}`, T0, 0, []), rates: [rate] })),
    );
    expect(results.filter((result) => result.admitted)).toHaveLength(7);
    expect(await store().readRates([rate], T0)).toEqual([7]);
  });
}
