import { useQuery } from '@tanstack/react-query';
import { Activity, Coins, Hash, Radio, TriangleAlert } from 'lucide-react';
import { sessionsQueryOptions } from '../../api/sessions';
import { errorRate, type StatsTotals, totalTokens } from '../../api/stats';
import { useFormat } from '../../i18n/use-format';
import { useT } from '../../i18n/use-t';
import { StatCard } from '../ui/stat-card';
import { formatDuration } from '../logs/format-duration';

/** The headline numbers of a period, plus the sessions live right now. */
export function StatCards({ totals }: { totals: StatsTotals }) {
  const t = useT();
  const format = useFormat();
  const sessions = useQuery(sessionsQueryOptions());
  const cost = Number(totals.costUsd);
  const rate = errorRate(totals);
  return (
    <div className="grid grid-cols-1 gap-4 sm:grid-cols-2 xl:grid-cols-5">
      <StatCard
        label={t('page.dashboard.stat.requests')}
        value={format.number(totals.requests)}
        hint={t('page.dashboard.stat.requestsHint', { duration: formatDuration(format, totals.avgDurationMs) })}
        icon={Activity}
      />
      <StatCard
        label={t('page.dashboard.stat.cost')}
        value={format.money(cost)}
        hint={t('page.dashboard.stat.costHint', {
          amount: format.money(totals.requests === 0 ? 0 : cost / totals.requests),
        })}
        icon={Coins}
      />
      <StatCard
        label={t('page.dashboard.stat.tokens')}
        value={format.compact(totalTokens(totals))}
        hint={t('page.dashboard.stat.tokensHint', {
          input: format.compact(totals.inputTokens),
          output: format.compact(totals.outputTokens),
          cache: format.compact(totals.cacheReadTokens + totals.cacheWriteTokens),
        })}
        icon={Hash}
      />
      <StatCard
        label={t('page.dashboard.stat.errorRate')}
        value={format.percent(rate)}
        hint={t('page.dashboard.stat.errorRateHint', { count: format.number(totals.errors) })}
        icon={TriangleAlert}
        className={rate >= 0.05 ? 'border-red-300 dark:border-red-900' : undefined}
      />
      <StatCard
        label={t('page.dashboard.stat.sessions')}
        value={sessions.data ? format.number(sessions.data.length) : sessions.isError ? '—' : '…'}
        hint={sessions.isError ? t('page.dashboard.stat.unavailable') : t('page.dashboard.stat.sessionsHint')}
        icon={Radio}
      />
    </div>
  );
}
