import type { MemoryKeyspace } from './memory-keyspace.js';
import { WrongTypeError } from './memory-keyspace.js';
import type { AdmitRequest, AdmitResult, BudgetRef, SettleRequest, SlotResult } from './state-store.js';

/**
 * Rates, slots and budgets over the in-process keyspace. Each function runs synchronously, so
 * a call is atomic exactly like its Lua counterpart in lua/ (keep the two in step).
 *
 * Liveness rules shared with Redis: a rate entry at t counts while t > now - windowMs; a slot
 * lives while its expiry > now; a rolling bucket starting at b counts while b > now - windowMs.
 */

export function countRate(ks: MemoryKeyspace, key: string, windowMs: number, now: number) {
  const times = ks.findLog(key);
  if (!times) return { count: 0, oldestAt: null };
  const oldestAt = times.dropUntil(now - windowMs);
  const count = times.size;
  ks.dropIfEmpty(key);
  return { count, oldestAt };
}

export function liveSlots(ks: MemoryKeyspace, key: string, now: number): Map<string, number> | undefined {
  const members = ks.findZset(key);
  if (!members) return undefined;
  for (const [member, expiresAt] of members) if (expiresAt <= now) members.delete(member);
  ks.dropIfEmpty(key);
  return members.size > 0 ? members : undefined;
}

interface SlotClaim {
  key: string;
  member: string;
  limit: number;
  ttlMs: number;
  now: number;
}

export function acquireSlotInMemory(ks: MemoryKeyspace, input: SlotClaim): SlotResult {
  const members = liveSlots(ks, input.key, input.now);
  const held = members?.has(input.member) ?? false;
  const count = members?.size ?? 0;
  if (!held && count >= input.limit) return { acquired: false, count };
  claimSlot(ks, input);
  return { acquired: true, count: held ? count : count + 1 };
}

function claimSlot(ks: MemoryKeyspace, { key, member, ttlMs, now }: SlotClaim): void {
  ks.zset(key).set(member, now + ttlMs);
  ks.extendTtl(key, ttlMs);
}

export function readBudget(ks: MemoryKeyspace, ref: BudgetRef, now: number): number {
  if (ref.mode === 'fixed') return Number(ks.readString(ref.key) ?? 0);
  const buckets = ks.findHash(ref.key);
  if (!buckets) return 0;
  let total = 0;
  for (const [start, amount] of buckets) {
    if (Number(start) <= now - ref.windowMs) buckets.delete(start);
    else total += amount;
  }
  ks.dropIfEmpty(ref.key);
  return total;
}

/** Adds `amount` (may be negative) to a budget; no bucket or counter goes below 0. */
function addToBudget(ks: MemoryKeyspace, ref: BudgetRef, amount: number, at: number): void {
  if (ref.mode === 'fixed') {
    incrementCounter(ks, ref.key, amount, ref.ttlMs, { floorAtZero: true });
    return;
  }
  const buckets = ks.hash(ref.key);
  const bucket = String(Math.floor(at / ref.bucketMs) * ref.bucketMs);
  const next = (buckets.get(bucket) ?? 0) + amount;
  if (next > 0) buckets.set(bucket, next);
  else buckets.delete(bucket);
  ks.dropIfEmpty(ref.key);
  ks.extendTtl(ref.key, ref.windowMs + ref.bucketMs);
}

/** INCRBY with a TTL set only when the key is created. */
export function incrementCounter(
  ks: MemoryKeyspace,
  key: string,
  by: number,
  ttlMs: number | null,
  options: { floorAtZero: boolean } = { floorAtZero: false },
): number {
  if (!Number.isInteger(by)) throw new RangeError(`increment by ${by}: not an integer`);
  const existing = ks.readString(key);
  const current = existing === null ? 0 : Number(existing);
  if (!Number.isInteger(current)) throw new WrongTypeError(key);
  const next = options.floorAtZero ? Math.max(0, current + by) : current + by;
  const value = { type: 'string' as const, value: String(next) };
  if (existing === null) ks.write(key, value, ttlMs);
  else ks.replace(key, value);
  return next;
}

export function admitInMemory(ks: MemoryKeyspace, request: AdmitRequest): AdmitResult {
  const { now } = request;
  for (const [index, rate] of request.rates.entries()) {
    const { count, oldestAt } = countRate(ks, rate.key, rate.windowMs, now);
    if (count >= rate.limit) return { admitted: false, refusal: { kind: 'rate', index, current: count, oldestAt } };
  }
  for (const [index, slot] of request.slots.entries()) {
    const members = liveSlots(ks, slot.key, now);
    const count = members?.size ?? 0;
    if (!members?.has(slot.member) && count >= slot.limit) {
      return { admitted: false, refusal: { kind: 'slot', index, current: count } };
    }
  }
  for (const [index, budget] of request.budgets.entries()) {
    const current = readBudget(ks, budget, now);
    if (current >= budget.limitNano) return { admitted: false, refusal: { kind: 'budget', index, current } };
  }
  for (const rate of request.rates) {
    ks.log(rate.key).add(now);
    ks.extendTtl(rate.key, rate.windowMs);
  }
  for (const slot of request.slots) claimSlot(ks, { ...slot, now });
  if (request.reserveNano !== 0) {
    for (const budget of request.budgets) addToBudget(ks, budget, request.reserveNano, now);
  }
  return { admitted: true };
}

export function settleInMemory(ks: MemoryKeyspace, request: SettleRequest): void {
  const delta = request.actualNano - request.reservedNano;
  if (delta === 0) return;
  for (const budget of request.budgets) addToBudget(ks, budget, delta, request.admittedAt);
}
