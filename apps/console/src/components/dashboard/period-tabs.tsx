import { STATS_PERIODS, type StatsPeriod } from '../../api/stats';
import { useT } from '../../i18n/use-t';
import { Tabs, TabsList, TabsTrigger } from '../ui/tabs';

const PERIOD_LABEL = {
  day: 'page.dashboard.period.day',
  week: 'page.dashboard.period.week',
  month: 'page.dashboard.period.month',
} as const satisfies Record<StatsPeriod, string>;

export function isStatsPeriod(value: string): value is StatsPeriod {
  return (STATS_PERIODS as readonly string[]).includes(value);
}

export function usePeriodLabel() {
  const t = useT();
  return (period: StatsPeriod) => t(PERIOD_LABEL[period]);
}

/** The rolling window picker shared by the dashboard and the leaderboard: 24 hours, 7 days, 30 days. */
export function PeriodTabs({ value, onChange }: { value: StatsPeriod; onChange: (period: StatsPeriod) => void }) {
  const t = useT();
  const label = usePeriodLabel();
  return (
    <Tabs value={value} onValueChange={(next) => isStatsPeriod(next) && onChange(next)}>
      <TabsList aria-label={t('page.dashboard.period.label')}>
        {STATS_PERIODS.map((period) => (
          <TabsTrigger key={period} value={period}>
            {label(period)}
          </TabsTrigger>
        ))}
      </TabsList>
    </Tabs>
  );
}
