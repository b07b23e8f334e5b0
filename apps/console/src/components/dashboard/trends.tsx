import { useQuery } from '@tanstack/react-query';
import { bucketFor, type StatsPeriod, statsTimeSeriesQueryOptions } from '../../api/stats';
import { useFormat } from '../../i18n/use-format';
import { useT } from '../../i18n/use-t';
import { Card } from '../ui/card';
import { QueryState } from '../ui/query-state';
import { fillBuckets } from './fill-buckets';
import { ChartLegend, type ChartSeries, TrendChart } from './trend-chart';

/** Request and cost trend charts for the period (hourly for a day, daily for a week or month). */
export function Trends({ period }: { period: StatsPeriod }) {
  const t = useT();
  const format = useFormat();
  const bucket = bucketFor(period);
  const query = useQuery(statsTimeSeriesQueryOptions(period, bucket));

  const requestSeries: ChartSeries[] = [
    { key: 'requests', label: t('page.dashboard.series.requests'), colorClass: 'text-accent-500 dark:text-accent-400' },
    { key: 'errors', label: t('page.dashboard.series.errors'), colorClass: 'text-red-500 dark:text-red-400' },
  ];
  const costSeries: ChartSeries[] = [
    { key: 'cost', label: t('page.dashboard.series.cost'), colorClass: 'text-emerald-500 dark:text-emerald-400' },
  ];
  const tokenSeries: ChartSeries[] = [
    { key: 'inputTokens', label: t('page.dashboard.series.input'), colorClass: 'text-sky-500 dark:text-sky-400' },
    {
      key: 'outputTokens',
      label: t('page.dashboard.series.output'),
      colorClass: 'text-violet-500 dark:text-violet-400',
    },
    { key: 'cacheTokens', label: t('page.dashboard.series.cache'), colorClass: 'text-amber-500 dark:text-amber-400' },
  ];

  return (
    <QueryState query={query}>
      {(series) => {
        const data = fillBuckets(series.points, series.range, series.bucket);
        return (
          <div className="grid grid-cols-1 gap-4 xl:grid-cols-2">
            <Card
              title={t('page.dashboard.chart.requests.title')}
              description={t('page.dashboard.chart.requests.description')}
            >
              <TrendChart
                data={data}
                series={requestSeries}
                bucket={bucket}
                formatValue={(v) => format.number(v)}
                formatAxis={(v) => format.compact(v)}
                label={t('page.dashboard.chart.requests.description')}
              />
              <ChartLegend series={requestSeries} />
            </Card>
            <Card title={t('page.dashboard.chart.cost.title')} description={t('page.dashboard.chart.cost.description')}>
              <TrendChart
                data={data}
                series={costSeries}
                bucket={bucket}
                allowDecimals
                formatValue={(v) => format.money(v)}
                formatAxis={(v) =>
                  format.number(v, {
                    style: 'currency',
                    currency: 'USD',
                    notation: 'compact',
                    maximumSignificantDigits: 3,
                  })
                }
                label={t('page.dashboard.chart.cost.description')}
              />
              <ChartLegend series={costSeries} />
            </Card>
            <Card
              className="xl:col-span-2"
              title={t('page.dashboard.chart.tokens.title')}
              description={t('page.dashboard.chart.tokens.description')}
            >
              <TrendChart
                data={data}
                series={tokenSeries}
                bucket={bucket}
                stacked
                formatValue={(v) => format.number(v)}
                formatAxis={(v) => format.compact(v)}
                label={t('page.dashboard.chart.tokens.description')}
              />
              <ChartLegend series={tokenSeries} />
            </Card>
          </div>
        );
      }}
    </QueryState>
  );
}
