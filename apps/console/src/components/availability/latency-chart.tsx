import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { ProviderAvailability } from '../../api/availability';
import { useFormat } from '../../i18n/use-format';
import { useT } from '../../i18n/use-t';

const AXIS_TICK = { fill: 'currentColor', fontSize: 12 };

/** Probe latency and real traffic's time to first byte (p50/p95) per bucket. */
export function LatencyChart({ provider, shortTimes }: { provider: ProviderAvailability; shortTimes: boolean }) {
  const t = useT();
  const format = useFormat();
  const data = provider.buckets.map((bucket) => ({
    at: Date.parse(bucket.start),
    probe: bucket.probeLatencyMs,
    p50: bucket.p50TtfbMs,
    p95: bucket.p95TtfbMs,
  }));
  const tickTime = (at: number) =>
    shortTimes
      ? format.dateTime(at, { hour: 'numeric', minute: '2-digit' })
      : format.dateTime(at, { month: 'short', day: 'numeric' });
  const series = [
    { key: 'probe', label: t('page.availability.series.probe'), className: 'text-accent-600 dark:text-accent-400' },
    { key: 'p50', label: t('page.availability.series.p50'), className: 'text-emerald-600 dark:text-emerald-400' },
    { key: 'p95', label: t('page.availability.series.p95'), className: 'text-amber-600 dark:text-amber-400' },
  ] as const;
  return (
    <div
      role="img"
      aria-label={t('page.availability.latency', { name: provider.name })}
      className="h-48 w-full text-zinc-500 dark:text-zinc-400"
    >
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
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
            minTickGap={24}
          />
          <YAxis
            tick={AXIS_TICK}
            stroke="currentColor"
            strokeOpacity={0.3}
            width={56}
            tickFormatter={(value: number) => `${format.number(value)} ms`}
          />
          <Tooltip
            labelFormatter={(at) => format.dateTime(Number(at), { dateStyle: 'medium', timeStyle: 'short' })}
            formatter={(value) => `${format.number(Number(value))} ms`}
          />
          <Legend />
          {series.map((item) => (
            <Line
              key={item.key}
              dataKey={item.key}
              name={item.label}
              className={item.className}
              stroke="currentColor"
              dot={false}
              connectNulls={false}
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
