import { useQuery } from '@tanstack/react-query';
import { Activity, Coins, Hash, TriangleAlert } from 'lucide-react';
import { useState } from 'react';
import { meStatsQueryOptions } from '../../api/me';
import { errorRate, STATS_PERIODS, type StatsPeriod, totalTokens } from '../../api/stats';
import { useFormat } from '../../i18n/use-format';
import { useT } from '../../i18n/use-t';
import { isStatsPeriod } from '../dashboard/period-tabs';
import { QueryState } from '../ui/query-state';
import { StatCard } from '../ui/stat-card';
import { Tabs, TabsList, TabsTrigger } from '../ui/tabs';

const PERIOD_LABEL = { day: 'page.me.period.day', week: 'page.me.period.week', month: 'page.me.period.month' } as const;

/** Own requests, cost and tokens over the last day, week or month (all of the user's keys). */
export function MeStats() {
  const t = useT();
  const format = useFormat();
  const [period, setPeriod] = useState<StatsPeriod>('day');
  const query = useQuery(meStatsQueryOptions(period));

  return (
    <section aria-labelledby="me-stats-title" className="space-y-3">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 id="me-stats-title" className="text-base font-semibold text-zinc-900 dark:text-zinc-50">
          {t('page.me.stats.title')}
        </h2>
        <Tabs value={period} onValueChange={(value) => isStatsPeriod(value) && setPeriod(value)}>
          <TabsList aria-label={t('page.me.period.label')}>
            {STATS_PERIODS.map((p) => (
              <TabsTrigger key={p} value={p}>
                {t(PERIOD_LABEL[p])}
              </TabsTrigger>
            ))}
          </TabsList>
        </Tabs>
      </div>
      <QueryState query={query}>
        {({ user, key }) => (
          <div className="grid grid-cols-1 gap-4 sm:grid-cols-2 xl:grid-cols-4">
            <StatCard
              label={t('page.me.stats.requests')}
              value={format.number(user.requests)}
              hint={t('page.me.stats.thisKey', { value: format.number(key.requests) })}
              icon={Activity}
            />
            <StatCard
              label={t('page.me.stats.cost')}
              value={format.money(Number(user.costUsd))}
              hint={t('page.me.stats.thisKey', { value: format.money(Number(key.costUsd)) })}
              icon={Coins}
            />
            <StatCard
              label={t('page.me.stats.tokens')}
              value={format.compact(totalTokens(user))}
              hint={t('page.me.stats.tokenSplit', {
                input: format.compact(user.inputTokens),
                output: format.compact(user.outputTokens),
                cached: format.compact(user.cacheReadTokens + user.cacheWriteTokens),
              })}
              icon={Hash}
            />
            <StatCard
              label={t('page.me.stats.errors')}
              value={format.number(user.errors)}
              hint={
                user.requests > 0 ? t('page.me.stats.errorRate', { rate: format.percent(errorRate(user)) }) : undefined
              }
              icon={TriangleAlert}
            />
          </div>
        )}
      </QueryState>
    </section>
  );
}
