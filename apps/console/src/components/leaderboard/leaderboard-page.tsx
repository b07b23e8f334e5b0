import { Boxes, Server, Users } from 'lucide-react';
import { useState } from 'react';
import type { StatsPeriod } from '../../api/stats';
import { useT } from '../../i18n/use-t';
import { PeriodTabs, usePeriodLabel } from '../dashboard/period-tabs';
import { PageHeader } from '../ui/page-header';
import { Tabs, TabsContent, TabsList, TabsTrigger } from '../ui/tabs';
import { CostReportExport } from './cost-report-export';
import { LeaderboardTable, type RankedDimension } from './leaderboard-table';

const DIMENSIONS = [
  { value: 'user', label: 'page.leaderboard.dimension.user', icon: Users },
  { value: 'provider', label: 'page.leaderboard.dimension.provider', icon: Server },
  { value: 'model', label: 'page.leaderboard.dimension.model', icon: Boxes },
] as const satisfies readonly { value: RankedDimension; label: string; icon: unknown }[];

function isDimension(value: string): value is RankedDimension {
  return DIMENSIONS.some((d) => d.value === value);
}

/** Rankings of users, providers and models by cost over the last day, week or month. */
export function LeaderboardPage() {
  const t = useT();
  const periodLabel = usePeriodLabel();
  const [period, setPeriod] = useState<StatsPeriod>('day');
  const [dimension, setDimension] = useState<RankedDimension>('user');
  return (
    <>
      <PageHeader
        title={t('page.leaderboard.title')}
        description={t('page.leaderboard.description')}
        actions={<PeriodTabs value={period} onChange={setPeriod} />}
      />
      <Tabs value={dimension} onValueChange={(value) => isDimension(value) && setDimension(value)}>
        <TabsList aria-label={t('page.leaderboard.dimension.label')}>
          {DIMENSIONS.map(({ value, label, icon: Icon }) => (
            <TabsTrigger key={value} value={value}>
              <Icon aria-hidden />
              {t(label)}
            </TabsTrigger>
          ))}
        </TabsList>
        {DIMENSIONS.map(({ value, label }) => (
          <TabsContent key={value} value={value}>
            <LeaderboardTable
              period={period}
              dimension={value}
              label={t('page.leaderboard.tableLabel', { dimension: t(label), period: periodLabel(period) })}
            />
          </TabsContent>
        ))}
      </Tabs>
      <CostReportExport />
    </>
  );
}
