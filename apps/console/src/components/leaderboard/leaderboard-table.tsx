import { useQuery } from '@tanstack/react-query';
import { Trophy } from 'lucide-react';
import {
  errorRate,
  type LeaderboardDimension,
  leaderboardQueryOptions,
  type StatsPeriod,
  totalTokens,
} from '../../api/stats';
import { useFormat } from '../../i18n/use-format';
import { useT } from '../../i18n/use-t';
import { cn } from '../ui/cn';
import { EmptyState } from '../ui/empty-state';
import { QueryState } from '../ui/query-state';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '../ui/table';

export type RankedDimension = Extract<LeaderboardDimension, 'user' | 'provider' | 'model'>;

const LIMIT = 50;
const NAME_COLUMN = {
  user: 'page.leaderboard.col.user',
  provider: 'page.leaderboard.col.provider',
  model: 'page.leaderboard.col.model',
} as const satisfies Record<RankedDimension, string>;
const NONE = {
  user: 'page.leaderboard.none.user',
  provider: 'page.leaderboard.none.provider',
  model: 'page.leaderboard.none.model',
} as const satisfies Record<RankedDimension, string>;
const MEDAL = ['text-amber-500', 'text-zinc-400', 'text-orange-700 dark:text-orange-400'] as const;

interface LeaderboardTableProps {
  period: StatsPeriod;
  dimension: RankedDimension;
  /** Accessible name of the table, e.g. "Users ranked by cost, last 7 days". */
  label: string;
}

/** The top entries of one dimension, by cost, with requests, tokens, error rate and share of the total cost. */
export function LeaderboardTable({ period, dimension, label }: LeaderboardTableProps) {
  const t = useT();
  const format = useFormat();
  const query = useQuery(leaderboardQueryOptions(period, dimension, LIMIT));
  return (
    <QueryState
      query={query}
      isEmpty={(items) => items.length === 0}
      empty={
        <EmptyState
          icon={Trophy}
          title={t('page.leaderboard.emptyTitle')}
          description={t('page.leaderboard.emptyDescription')}
        />
      }
    >
      {(items) => {
        const totalCost = items.reduce((sum, item) => sum + Number(item.costUsd), 0);
        return (
          <Table aria-label={label}>
            <TableHeader>
              <TableRow>
                <TableHead className="w-14">{t('page.leaderboard.col.rank')}</TableHead>
                <TableHead>{t(NAME_COLUMN[dimension])}</TableHead>
                <TableHead className="text-right">{t('page.leaderboard.col.requests')}</TableHead>
                <TableHead className="text-right">{t('page.leaderboard.col.tokens')}</TableHead>
                <TableHead className="text-right">{t('page.leaderboard.col.errorRate')}</TableHead>
                <TableHead className="text-right">{t('page.leaderboard.col.cost')}</TableHead>
                <TableHead className="min-w-36">{t('page.leaderboard.col.share')}</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {items.map((item, index) => {
                const share = totalCost === 0 ? 0 : Number(item.costUsd) / totalCost;
                const medal = MEDAL[index];
                return (
                  <TableRow key={item.id}>
                    <TableCell className="font-semibold tabular-nums">
                      <span className="inline-flex items-center gap-1">
                        {medal && <Trophy className={cn('size-4', medal)} aria-hidden />}
                        {index + 1}
                      </span>
                    </TableCell>
                    <TableCell
                      className={cn(
                        'font-medium whitespace-nowrap text-zinc-900 dark:text-zinc-50',
                        dimension === 'model' && 'font-mono text-xs',
                      )}
                    >
                      {item.id === ''
                        ? t(NONE[dimension])
                        : (item.name ?? t('page.leaderboard.deleted', { id: item.id }))}
                    </TableCell>
                    <TableCell className="text-right tabular-nums">{format.number(item.requests)}</TableCell>
                    <TableCell className="text-right tabular-nums" title={format.number(totalTokens(item))}>
                      {format.compact(totalTokens(item))}
                    </TableCell>
                    <TableCell className="text-right tabular-nums">{format.percent(errorRate(item))}</TableCell>
                    <TableCell className="text-right font-medium tabular-nums">
                      {format.money(Number(item.costUsd))}
                    </TableCell>
                    <TableCell>
                      <div className="flex items-center gap-2">
                        <div
                          className="h-1.5 flex-1 overflow-hidden rounded-full bg-zinc-100 dark:bg-zinc-800"
                          aria-hidden
                        >
                          <div
                            className="h-full rounded-full bg-accent-500 dark:bg-accent-400"
                            style={{ width: `${share * 100}%` }}
                          />
                        </div>
                        <span className="w-12 text-right text-xs text-zinc-500 tabular-nums dark:text-zinc-400">
                          {format.percent(share)}
                        </span>
                      </div>
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        );
      }}
    </QueryState>
  );
}
