import { describe, expect, it } from 'vitest';
import { ledgerSpendBuckets, sumLedgerSpend } from '../queries/ledger-spend.js';
import { insertRequestLogs } from '../queries/request-logs.js';
import { listSpendResets, recordSpendReset } from '../queries/spend-resets.js';
import { makeRequestLog, type GetDb } from './contract-fixtures.js';

const at = (iso: string) => new Date(`2026-11-22T${iso}Z`);

/** What spend counters are rebuilt from when the state store lost them. */
export function describeLedgerSpendContract(getDb: GetDb): void {
  describe('spend from the ledger', () => {
    const seed = () =>
      insertRequestLogs(getDb(), [
        makeRequestLog({ createdAt: at('08:10:00'), costUsd: '1' }),
        makeRequestLog({ createdAt: at('08:40:00'), costUsd: '2' }),
        makeRequestLog({ createdAt: at('09:05:00'), costUsd: '4', keyId: 'key-2' }),
        makeRequestLog({ createdAt: at('10:00:00'), costUsd: '8' }),
        makeRequestLog({ createdAt: at('10:20:00'), costUsd: '16', providerId: 'provider-2' }),
        makeRequestLog({ createdAt: at('10:20:00'), costUsd: '0.0000000001', userId: 'user-2' }),
      ]);

    it('sums any range exactly: whole hours from the rollups, ragged ends from the raw log', async () => {
      await seed();
      const user = (from: string | null, to: string) =>
        sumLedgerSpend(getDb(), { dimension: 'user', id: 'user-1', from: from ? at(from) : null, to: at(to) });
      expect(await user(null, '23:00:00')).toBe('31');
      expect(await user('08:30:00', '10:20:00')).toBe('14'); // 2 + 4 + 8: starts mid-hour, ends mid-hour
      expect(await user('08:30:00', '10:20:00.001')).toBe('30');
      expect(await user('08:15:00', '08:45:00')).toBe('2'); // inside one hour
      expect(await user('09:00:00', '10:00:00')).toBe('4'); // exactly one rollup hour
      expect(await user('11:00:00', '10:00:00')).toBe('0');
      const other = (dimension: 'key' | 'provider' | 'user', id: string) =>
        sumLedgerSpend(getDb(), { dimension, id, from: null, to: at('23:00:00') });
      expect(await other('key', 'key-2')).toBe('4');
      expect(await other('provider', 'provider-2')).toBe('16');
      expect(await other('user', 'user-2')).toBe('0.0000000001');
      expect(await other('user', 'nobody')).toBe('0');
    });

    it('splits a range into time buckets, as a rolling window keeps them', async () => {
      await seed();
      const buckets = await ledgerSpendBuckets(getDb(), {
        dimension: 'user',
        id: 'user-1',
        from: at('08:30:00'),
        to: at('10:30:00'),
        bucketMs: 15 * 60_000,
      });
      expect(buckets).toEqual([
        { start: at('08:30:00').getTime(), usd: '2' },
        { start: at('09:00:00').getTime(), usd: '4' },
        { start: at('10:00:00').getTime(), usd: '8' },
        { start: at('10:15:00').getTime(), usd: '16' },
      ]);
    });

    it('keeps the last spend reset of each subject', async () => {
      await recordSpendReset(getDb(), { kind: 'user', id: 'user-1', resetAt: at('08:00:00') });
      await recordSpendReset(getDb(), { kind: 'key', id: 'user-1', resetAt: at('09:00:00') });
      await recordSpendReset(getDb(), { kind: 'user', id: 'user-1', resetAt: at('10:00:00') });
      const resets = await listSpendResets(getDb());
      expect(resets.sort((a, b) => a.kind.localeCompare(b.kind))).toEqual([
        { kind: 'key', id: 'user-1', resetAt: at('09:00:00') },
        { kind: 'user', id: 'user-1', resetAt: at('10:00:00') },
      ]);
    });
  });
}
