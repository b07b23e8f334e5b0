import { describe, expect, it } from 'vitest';
import { deleteOldRequestBodies } from '../../request-log/retention.js';
import {
  getRequestBodies,
  insertRequestBodies,
  type NewRequestBodies,
  requestIdsWithBodies,
} from '../queries/request-bodies.js';
import { insertRequestLogs, listRequestLogs } from '../queries/request-logs.js';
import { recentSessionIds, sessionAggregates } from '../queries/session-aggregates.js';
import { type GetDb, makeRequestLog } from './contract-fixtures.js';

const at = (iso: string) => new Date(`2026-11-22T${iso}Z`);

function bodies(overrides: Partial<NewRequestBodies> = {}): NewRequestBodies {
  return {
    createdAt: at('10:00:00'),
    requestId: 'req_1',
    sessionId: 'session-1',
    protocol: 'anthropic',
    requestBody: '{"messages":[]}',
    requestBytes: 15,
    requestTruncated: false,
    responseBody: '{"type":"message"}',
    responseBytes: 900,
    responseTruncated: true,
    responseStreamed: true,
    responseAssembled: true,
    ...overrides,
  };
}

export function describeSessionsBodiesContract(getDb: GetDb): void {
  describe('stored bodies and sessions', () => {
    it('store bodies, read them back by request id, and drop NUL characters text cannot hold', async () => {
      await insertRequestBodies(getDb(), [bodies(), bodies({ requestId: 'req_2', requestBody: 'a\u0000b' })]);
      const stored = await getRequestBodies(getDb(), 'req_1');
      expect(stored).toMatchObject({ ...bodies(), id: expect.any(Number) });
      expect((await getRequestBodies(getDb(), 'req_2'))?.requestBody).toBe('ab');
      await expect(getRequestBodies(getDb(), 'req_none')).resolves.toBeUndefined();
      expect(await requestIdsWithBodies(getDb(), ['req_1', 'req_none'])).toEqual(new Set(['req_1']));
    });

    it('purge bodies created before the cutoff only', async () => {
      await insertRequestBodies(getDb(), [
        bodies({ requestId: 'old', createdAt: at('08:00:00') }),
        bodies({ requestId: 'new', createdAt: at('12:00:00') }),
      ]);
      const result = await deleteOldRequestBodies(getDb(), { before: at('10:00:00'), pauseMs: 0 });
      expect(result).toMatchObject({ deleted: 1, complete: true });
      expect(await requestIdsWithBodies(getDb(), ['old', 'new'])).toEqual(new Set(['new']));
    });

    it('sum a session, find recent sessions by whose requests they hold, and page requests oldest first', async () => {
      await insertRequestLogs(getDb(), [
        makeRequestLog({ sessionId: 's-a', createdAt: at('10:00:00'), costUsd: '0.1', providerId: 'p-1' }),
        makeRequestLog({ sessionId: 's-a', createdAt: at('10:05:00'), costUsd: '0.2', providerId: 'p-2' }),
        makeRequestLog({ sessionId: 's-b', createdAt: at('11:00:00'), userId: 'user-2', keyId: 'key-2' }),
        makeRequestLog({ sessionId: null, createdAt: at('11:30:00') }),
      ]);
      const sums = await sessionAggregates(getDb(), ['s-a', 's-b']);
      expect(sums.get('s-a')).toMatchObject({
        requests: 2,
        costUsd: '0.3',
        providerId: 'p-2',
        firstSeenAt: at('10:00:00'),
        lastSeenAt: at('10:05:00'),
      });
      expect(sums.get('s-b')).toMatchObject({ userId: 'user-2', requests: 1 });
      const since = at('09:00:00');
      expect(await recentSessionIds(getDb(), { since, limit: 10 })).toEqual(['s-b', 's-a']);
      expect(await recentSessionIds(getDb(), { since, limit: 10, providerId: 'p-1' })).toEqual(['s-a']);
      expect(await recentSessionIds(getDb(), { since: at('10:30:00'), limit: 10 })).toEqual(['s-b']);
      expect([...(await sessionAggregates(getDb(), ['s-a', 's-b'], { userId: 'user-2' })).keys()]).toEqual(['s-b']);

      const first = await listRequestLogs(getDb(), { sessionId: 's-a', order: 'asc', limit: 1 });
      expect(first.items.map((row) => row.createdAt)).toEqual([at('10:00:00')]);
      const second = await listRequestLogs(getDb(), {
        sessionId: 's-a',
        order: 'asc',
        limit: 1,
        cursor: first.nextCursor,
      });
      expect(second.items.map((row) => row.createdAt)).toEqual([at('10:05:00')]);
    });
  });
}
