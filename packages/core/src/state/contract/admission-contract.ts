import { expect, it } from 'vitest';
import type { AdmitRequest, BudgetCheck, RateCheck, SlotCheck } from '../state-store.js';
import type { ContractContext } from './contract-context.js';
import { T0 } from './contract-context.js';

const rolling = (key: string, limitNano: number): BudgetCheck => ({
  key,
  mode: 'rolling',
  windowMs: 60_000,
  bucketMs: 10_000,
  limitNano,
});
const fixed = (key: string, limitNano: number): BudgetCheck => ({ key, mode: 'fixed', ttlMs: 60_000, limitNano });

function request(requestId: string, now: number, checks: Partial<AdmitRequest> = {}): AdmitRequest {
  return { requestId, now, rates: [], slots: [], budgets: [], reserveNano: 100, ...checks };
}

export function admissionContract({ store }: ContractContext): void {
  const rates: RateCheck[] = [
    { key: 'rpm:user', windowMs: 1_000, limit: 10 },
    { key: 'rpm:key', windowMs: 1_000, limit: 2 },
  ];
  const slots: SlotCheck[] = [
    { key: 'conc:user', member: 'sess-1', limit: 5, ttlMs: 60_000 },
    { key: 'conc:key', member: 'sess-1', limit: 1, ttlMs: 60_000 },
  ];
  const budgets = [fixed('usd:day', 1_000), rolling('usd:5h', 250)];

  const snapshot = async (now: number) => ({
    rates: await store().readRates(rates, now),
    slots: [await store().countSlots('conc:user', now), await store().countSlots('conc:key', now)],
    budgets: await store().readBudgets(budgets, now),
  });

  it('records every rate, slot and budget when admitting', async () => {
    expect(await store().admit(request('r1', T0, { rates, slots, budgets }))).toEqual({ admitted: true });
    expect(await snapshot(T0)).toEqual({ rates: [1, 1], slots: [1, 1], budgets: [100, 100] });
  });

  it('refuses on a full rate window with its index, count and oldest entry, recording nothing', async () => {
    await store().admit(request('r1', T0, { rates }));
    await store().admit(request('r2', T0 + 100, { rates }));
    const before = await snapshot(T0 + 200);
    const result = await store().admit(request('r3', T0 + 200, { rates, slots, budgets }));
    expect(result).toEqual({ admitted: false, refusal: { kind: 'rate', index: 1, current: 2, oldestAt: T0 } });
    expect(await snapshot(T0 + 200)).toEqual(before);
    expect(before.rates).toEqual([2, 2]);
    // r1 leaves the window at T0 + 1000.
    expect(await store().admit(request('r4', T0 + 1_000, { rates }))).toEqual({ admitted: true });
    expect(await store().readRates(rates, T0 + 1_000)).toEqual([2, 2]);
  });

  it('counts a rate window exactly when admissions arrive out of order (clock skew between replicas)', async () => {
    const window: RateCheck[] = [{ key: 'rpm:skew', windowMs: 1_000, limit: 3 }];
    await store().admit(request('late', T0 + 500, { rates: window }));
    await store().admit(request('early', T0, { rates: window }));
    await store().admit(request('later', T0 + 600, { rates: window }));
    const full = await store().admit(request('refused', T0 + 700, { rates: window }));
    expect(full).toEqual({ admitted: false, refusal: { kind: 'rate', index: 0, current: 3, oldestAt: T0 } });
    // 'early' leaves at T0 + 1000 although it was recorded second.
    expect(await store().readRates(window, T0 + 1_000)).toEqual([2]);
    expect(await store().readRates(window, T0 + 1_500)).toEqual([1]);
  });

  it('refuses on a full slot set unless the member already holds a slot, recording nothing', async () => {
    await store().admit(request('r1', T0, { rates, slots, budgets }));
    const other = slots.map((slot) => ({ ...slot, member: 'sess-2' }));
    const result = await store().admit(request('r2', T0, { rates, slots: other, budgets }));
    expect(result).toEqual({ admitted: false, refusal: { kind: 'slot', index: 1, current: 1 } });
    expect(await snapshot(T0)).toEqual({ rates: [1, 1], slots: [1, 1], budgets: [100, 100] });
    expect(await store().admit(request('r3', T0, { slots, budgets }))).toEqual({ admitted: true });
    expect(await snapshot(T0)).toEqual({ rates: [1, 1], slots: [1, 1], budgets: [200, 200] });
  });

  it('refuses a budget at or above its limit, admitting while below it', async () => {
    for (const id of ['r1', 'r2', 'r3']) {
      expect(await store().admit(request(id, T0, { budgets }))).toEqual({ admitted: true });
    }
    const result = await store().admit(request('r4', T0, { rates, slots, budgets }));
    expect(result).toEqual({ admitted: false, refusal: { kind: 'budget', index: 1, current: 300 } });
    expect(await snapshot(T0)).toEqual({ rates: [0, 0], slots: [0, 0], budgets: [300, 300] });
    const zero = await store().admit(request('r5', T0, { budgets: [fixed('usd:none', 0)] }));
    expect(zero).toEqual({ admitted: false, refusal: { kind: 'budget', index: 0, current: 0 } });
  });

  it('checks rates before slots before budgets', async () => {
    const full = { rates: [{ key: 'rpm:none', windowMs: 1_000, limit: 0 }], slots: [{ ...slots[0]!, limit: 0 }] };
    const all = await store().admit(request('r1', T0, { ...full, budgets: [fixed('usd:none', 0)] }));
    expect(all).toEqual({ admitted: false, refusal: { kind: 'rate', index: 0, current: 0, oldestAt: null } });
    const slotFirst = await store().admit(request('r2', T0, { slots: full.slots, budgets: [fixed('usd:none', 0)] }));
    expect(slotFirst).toEqual({ admitted: false, refusal: { kind: 'slot', index: 0, current: 0 } });
  });

  it('drops rolling buckets once they leave the window', async () => {
    const budget = [rolling('usd:roll', 1_000_000)];
    await store().admit({ ...request('r1', T0 + 5_000, { budgets: budget }), reserveNano: 100 });
    await store().admit({ ...request('r2', T0 + 30_000, { budgets: budget }), reserveNano: 50 });
    expect(await store().readBudgets(budget, T0 + 30_000)).toEqual([150]);
    expect(await store().readBudgets(budget, T0 + 59_999)).toEqual([150]);
    // The first reservation sits in the bucket starting at T0, which leaves the window at T0 + 60 s.
    expect(await store().readBudgets(budget, T0 + 60_000)).toEqual([50]);
    expect(await store().readBudgets(budget, T0 + 90_000)).toEqual([0]);
  });

  it('reads zero for unknown rates and budgets', async () => {
    expect(await store().readRates([{ key: 'rpm:nobody', windowMs: 1_000 }], T0)).toEqual([0]);
    expect(await store().readBudgets([fixed('usd:nobody', 1), rolling('usd:nobody:5h', 1)], T0)).toEqual([0, 0]);
    expect(await store().readRates([], T0)).toEqual([]);
    expect(await store().readBudgets([], T0)).toEqual([]);
    expect(await store().countSlots('conc:nobody', T0)).toBe(0);
  });
}
