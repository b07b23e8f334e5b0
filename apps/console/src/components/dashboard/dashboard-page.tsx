import { useQuery } from '@tanstack/react-query';
import { Activity } from 'lucide-react';
import { useState } from 'react';
import { type StatsPeriod, statsOverviewQueryOptions } from '../../api/stats';
import { useT } from '../../i18n/use-t';
import { EmptyState } from '../ui/empty-state';
import { PageHeader } from '../ui/page-header';
import { QueryState } from '../ui/query-state';
import { PeriodTabs } from './period-tabs';
import { ProviderPerformance } from './provider-performance';
import { StatCards } from './stat-cards';
import { TopUsers } from './top-users';
import { Trends } from './trends';

/** Admin dashboard: headline numbers, trends, provider performance and top users for a period. */
export function DashboardPage() {
  const t = useT();
  const [period, setPeriod] = useState<StatsPeriod>('day');
  const overview = useQuery(statsOverviewQueryOptions(period));
  return (
    <>
      <PageHeader
        title={t('page.dashboard.title')}
        description={t('page.dashboard.description')}
        actions={<PeriodTabs value={period} onChange={setPeriod} />}
      />
      <QueryState query={overview}>
        {({ totals }) => (
          <div className="space-y-6">
            <StatCards totals={totals} />
            {totals.requests === 0 ? (
              <EmptyState
                icon={Activity}
                title={t('page.dashboard.emptyTitle')}
                description={t('page.dashboard.emptyDescription')}
              />
            ) : (
              <>
                <Trends period={period} />
                <div className="grid grid-cols-1 gap-4 xl:grid-cols-3">
                  <div className="min-w-0 xl:col-span-2">
                    <ProviderPerformance period={period} />
                  </div>
                  <TopUsers period={period} />
                </div>
              </>
            )}
          </div>
        )}
      </QueryState>
    </>
  );
}
