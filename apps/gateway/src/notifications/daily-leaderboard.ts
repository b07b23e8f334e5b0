import { civilTimeAt, type ConfigCache, type Database, epochOfCivilTime } from '@cch/core';
import type { Kysely } from 'kysely';
import { leaderboard } from '../admin/stats-queries.js';
import type { Notifier } from './notifier.js';

/** A leaderboard missed at its time (every replica down) still goes out within this long after it. */
const SEND_WINDOW_MINUTES = 60;

export interface LeaderboardDeps {
  notifier: Notifier;
  db: Kysely<Database>;
  cache: Pick<ConfigCache, 'current'>;
  now: () => number;
  timeZone: () => string;
}

const minutesOf = (hhmm: string) => {
  const [hour = 0, minute = 0] = hhmm.split(':').map(Number);
  return hour * 60 + minute;
};

/**
 * Sends today's leaderboard (users by cost since local midnight, runtime time zone) to each
 * target whose `leaderboardTime` has come, once a day and target across replicas.
 */
export async function sendDueLeaderboards(deps: LeaderboardDeps): Promise<void> {
  const { notifier } = deps;
  if (!notifier.wants('daily_leaderboard')) return;
  const now = deps.now();
  const timeZone = deps.timeZone();
  const civil = civilTimeAt(now, timeZone);
  const date = [civil.year, civil.month, civil.day].map((n) => String(n).padStart(2, '0')).join('-');
  const minuteOfDay = civil.hour * 60 + civil.minute;
  const due = [];
  for (const target of notifier.targets()) {
    if (!target.enabled || !target.events.includes('daily_leaderboard')) continue;
    const at = minutesOf(target.leaderboardTime);
    if (minuteOfDay < at || minuteOfDay >= at + SEND_WINDOW_MINUTES) continue;
    if (await notifier.wasSent({ kind: 'daily_leaderboard' }, `leaderboard:${date}`, `${target.id}:${date}`)) continue;
    due.push(target);
  }
  if (due.length === 0) return;
  const from = epochOfCivilTime({ ...civil, hour: 0, minute: 0 }, timeZone);
  const size = Math.max(...due.map((t) => t.leaderboardSize));
  const rows = await leaderboard(deps.db, { from: new Date(from), to: new Date(now + 1), by: 'user', limit: size });
  const users = deps.cache.current().userById;
  const entries = rows.map((row) => ({
    name: users.get(row.id)?.name ?? row.id,
    costUsd: row.costUsd,
    requests: row.requests,
  }));
  await Promise.all(
    due.map((target) =>
      notifier.emit(
        { kind: 'daily_leaderboard', at: now, date, timeZone, entries: entries.slice(0, target.leaderboardSize) },
        { occurrence: `${target.id}:${date}`, occurrenceTtlMs: 2 * 86_400_000, targetId: target.id },
      ),
    ),
  );
}
