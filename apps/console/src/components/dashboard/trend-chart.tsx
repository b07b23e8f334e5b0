import {
  Area,
  AreaChart,
  CartesianGrid,
  ResponsiveContainer,
  Tooltip,
  type TooltipContentProps,
  XAxis,
  YAxis,
} from 'recharts';
import type { Bucket } from '../../api/stats';
import { useFormat } from '../../i18n/use-format';
import { cn } from '../ui/cn';
import type { ChartPoint } from './fill-buckets';

type SeriesKey = Exclude<keyof ChartPoint, 'at'>;

export interface ChartSeries {
  key: SeriesKey;
  label: string;
  /** Text colour classes; the series is drawn in currentColor so `dark:` variants apply. */
  colorClass: string;
}

interface TrendChartProps {
  data: ChartPoint[];
  series: ChartSeries[];
  bucket: Bucket;
  /** Formats a value for the tooltip and the y axis (money, counts). */
  formatValue: (value: number) => string;
  formatAxis?: (value: number) => string;
  /** Describes the chart for screen readers. */
  label: string;
  stacked?: boolean;
  /** Counts want whole-number ticks; money does not. */
  allowDecimals?: boolean;
}

const AXIS_TICK = { fill: 'currentColor', fontSize: 12 };

/** An area chart over time, themed through Tailwind text colours and locale-formatted axes. */
export function TrendChart({
  data,
  series,
  bucket,
  formatValue,
  formatAxis = formatValue,
  label,
  stacked = false,
  allowDecimals = false,
}: TrendChartProps) {
  const format = useFormat();
  const tickTime = (at: number) =>
    bucket === 'hour'
      ? format.dateTime(at, { hour: 'numeric', minute: '2-digit' })
      : format.dateTime(at, { month: 'short', day: 'numeric' });
  const fullTime = (at: number) =>
    bucket === 'hour'
      ? format.dateTime(at, { dateStyle: 'medium', timeStyle: 'short' })
      : format.dateTime(at, { dateStyle: 'medium' });

  return (
    <div role="img" aria-label={label} className="h-64 w-full text-zinc-500 dark:text-zinc-400">
      <ResponsiveContainer width="100%" height="100%">
        <AreaChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
          <CartesianGrid vertical={false} stroke="currentColor" strokeOpacity={0.2} />
          <XAxis
            dataKey="at"
            type="number"
            scale="time"
            domain={['dataMin', 'dataMax']}
            tickFormatter={tickTime}
            tick={AXIS_TICK}
            stroke="currentColor"
            strokeOpacity={0.3}
            tickLine={false}
            minTickGap={24}
          />
          <YAxis
            tickFormatter={formatAxis}
            tick={AXIS_TICK}
            stroke="currentColor"
            strokeOpacity={0.3}
            tickLine={false}
            axisLine={false}
            // As wide as the longest tick: money labels differ a lot by locale ("$0.00038", "0,00038 $").
            width="auto"
            allowDecimals={allowDecimals}
          />
          <Tooltip
            cursor={{ stroke: 'currentColor', strokeOpacity: 0.3 }}
            content={(props: TooltipContentProps) => (
              <ChartTooltip {...props} series={series} formatTime={fullTime} formatValue={formatValue} />
            )}
          />
          {series.map((s) => (
            <Area
              key={s.key}
              dataKey={s.key}
              name={s.label}
              type="monotone"
              className={s.colorClass}
              stroke="currentColor"
              strokeWidth={2}
              fill="currentColor"
              fillOpacity={0.12}
              isAnimationActive={false}
              {...(stacked ? { stackId: 'stack' } : {})}
            />
          ))}
        </AreaChart>
      </ResponsiveContainer>
    </div>
  );
}

interface ChartTooltipProps extends TooltipContentProps {
  series: ChartSeries[];
  formatTime: (at: number) => string;
  formatValue: (value: number) => string;
}

function ChartTooltip({ active, payload, label, series, formatTime, formatValue }: ChartTooltipProps) {
  if (!active || payload.length === 0 || typeof label !== 'number') return null;
  return (
    <div
      className={cn(
        'rounded-lg border border-zinc-200 bg-white px-3 py-2 text-xs shadow-lg',
        'dark:border-zinc-700 dark:bg-zinc-900',
      )}
    >
      <p className="mb-1 font-medium text-zinc-900 dark:text-zinc-50">{formatTime(label)}</p>
      <ul className="space-y-0.5">
        {series.map((s) => {
          const value = payload.find((p) => p.dataKey === s.key)?.value;
          return (
            <li key={s.key} className="flex items-center gap-2 text-zinc-600 dark:text-zinc-300">
              <span className={cn('size-2 rounded-full bg-current', s.colorClass)} aria-hidden />
              <span>{s.label}</span>
              <span className="ml-auto pl-3 font-medium text-zinc-900 tabular-nums dark:text-zinc-50">
                {formatValue(typeof value === 'number' ? value : 0)}
              </span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/** A small colour key under a chart. */
export function ChartLegend({ series }: { series: ChartSeries[] }) {
  return (
    <ul className="mt-3 flex flex-wrap gap-x-4 gap-y-1 text-xs text-zinc-600 dark:text-zinc-400">
      {series.map((s) => (
        <li key={s.key} className="flex items-center gap-1.5">
          <span className={cn('size-2.5 rounded-sm bg-current', s.colorClass)} aria-hidden />
          {s.label}
        </li>
      ))}
    </ul>
  );
}
