import { useQuery } from '@tanstack/react-query';
import { leaderboardQueryOptions, type StatsPeriod } from '../../api/stats';
import { useFormat } from '../../i18n/use-format';
import { useT } from '../../i18n/use-t';
import { Card } from '../ui/card';
import { QueryState } from '../ui/query-state';

const TOP = 5;

/** The five users with the highest cost, each with a bar relative to the first. */
export function TopUsers({ period }: { period: StatsPeriod }) {
  const t = useT();
  const format = useFormat();
  const query = useQuery(leaderboardQueryOptions(period, 'user', TOP));
  return (
    <Card title={t('page.dashboard.topUsers.title')} description={t('page.dashboard.topUsers.description')}>
      <QueryState
        query={query}
        isEmpty={(items) => items.length === 0}
        empty={<p className="text-sm text-zinc-500 dark:text-zinc-400">{t('page.dashboard.topUsers.empty')}</p>}
      >
        {(items) => {
          const max = Math.max(...items.map((i) => Number(i.costUsd)), Number.MIN_VALUE);
          return (
            <ol aria-label={t('page.dashboard.topUsers.title')} className="space-y-3">
              {items.map((item, index) => (
                <li key={item.id}>
                  <div className="flex items-baseline justify-between gap-3 text-sm">
                    <span className="min-w-0 truncate font-medium text-zinc-900 dark:text-zinc-50">
                      <span className="mr-2 text-zinc-400 tabular-nums">{index + 1}</span>
                      {item.id === ''
                        ? t('page.dashboard.noUser')
                        : (item.name ?? t('page.dashboard.deleted', { id: item.id }))}
                    </span>
                    <span className="shrink-0 font-medium text-zinc-900 tabular-nums dark:text-zinc-50">
                      {format.money(Number(item.costUsd))}
                    </span>
                  </div>
                  <div className="mt-1 flex items-center gap-3">
                    <div className="h-1.5 flex-1 overflow-hidden rounded-full bg-zinc-100 dark:bg-zinc-800" aria-hidden>
                      <div
                        className="h-full rounded-full bg-accent-500 dark:bg-accent-400"
                        style={{ width: `${Math.max(2, (Number(item.costUsd) / max) * 100)}%` }}
                      />
                    </div>
                    <span className="shrink-0 text-xs text-zinc-500 tabular-nums dark:text-zinc-400">
                      {t('page.dashboard.topUsers.requests', { count: format.number(item.requests) })}
                    </span>
                  </div>
                </li>
              ))}
            </ol>
          );
        }}
      </QueryState>
    </Card>
  );
}
