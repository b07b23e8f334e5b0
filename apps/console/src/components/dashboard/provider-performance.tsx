import { useQuery } from '@tanstack/react-query';
import { errorRate, leaderboardQueryOptions, type StatsPeriod } from '../../api/stats';
import { useFormat } from '../../i18n/use-format';
import { useT } from '../../i18n/use-t';
import { formatDuration } from '../logs/format-duration';
import { Card } from '../ui/card';
import { QueryState } from '../ui/query-state';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '../ui/table';
import { cn } from '../ui/cn';

/** Requests, error rate, latency and cost of every provider that served traffic in the period. */
export function ProviderPerformance({ period }: { period: StatsPeriod }) {
  const t = useT();
  const format = useFormat();
  const query = useQuery(leaderboardQueryOptions(period, 'provider', 100));
  return (
    <Card title={t('page.dashboard.providers.title')} description={t('page.dashboard.providers.description')}>
      <QueryState
        query={query}
        isEmpty={(items) => items.length === 0}
        empty={<p className="text-sm text-zinc-500 dark:text-zinc-400">{t('page.dashboard.providers.empty')}</p>}
      >
        {(items) => (
          <Table aria-label={t('page.dashboard.providers.title')}>
            <TableHeader>
              <TableRow>
                <TableHead>{t('page.dashboard.col.provider')}</TableHead>
                <TableHead className="text-right">{t('page.dashboard.col.requests')}</TableHead>
                <TableHead className="text-right">{t('page.dashboard.col.errorRate')}</TableHead>
                <TableHead className="text-right">{t('page.dashboard.col.latency')}</TableHead>
                <TableHead className="text-right">{t('page.dashboard.col.cost')}</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {items.map((item) => {
                const rate = errorRate(item);
                return (
                  <TableRow key={item.id}>
                    <TableCell className="font-medium text-zinc-900 dark:text-zinc-50">
                      {item.id === ''
                        ? t('page.dashboard.noProvider')
                        : (item.name ?? t('page.dashboard.deleted', { id: item.id }))}
                    </TableCell>
                    <TableCell className="text-right tabular-nums">{format.number(item.requests)}</TableCell>
                    <TableCell
                      className={cn(
                        'text-right tabular-nums',
                        rate >= 0.05 && 'font-medium text-red-600 dark:text-red-400',
                      )}
                    >
                      {format.percent(rate)}
                    </TableCell>
                    <TableCell className="text-right tabular-nums">
                      {formatDuration(format, item.avgDurationMs)}
                    </TableCell>
                    <TableCell className="text-right tabular-nums">{format.money(Number(item.costUsd))}</TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        )}
      </QueryState>
    </Card>
  );
}
