import type { ProviderAvailability } from '../../api/availability';
import { useFormat } from '../../i18n/use-format';
import { useT } from '../../i18n/use-t';
import { Badge } from '../ui/badge';
import { Card } from '../ui/card';
import { cn } from '../ui/cn';
import { LatencyChart } from './latency-chart';
import { STATE_BAR, STATE_TONE } from './state-style';

/** One provider: state now, the up/degraded/down timeline, latency and the last errors. */
export function ProviderAvailabilityCard({
  provider,
  shortTimes,
}: {
  provider: ProviderAvailability;
  shortTimes: boolean;
}) {
  const t = useT();
  const format = useFormat();
  const percent = (value: number | null) => (value === null ? '—' : format.percent(value / 100));
  return (
    <Card
      title={provider.name}
      description={
        <span className="flex flex-wrap gap-3">
          <span>{t('page.availability.uptime', { value: percent(provider.uptimePercent) })}</span>
          <span>{t('page.availability.successRate', { value: percent(provider.successRate) })}</span>
        </span>
      }
      actions={
        <span className="flex gap-2">
          {!provider.enabled && <Badge>{t('page.availability.disabled')}</Badge>}
          <Badge tone={STATE_TONE[provider.current]}>{t(`page.availability.state.${provider.current}`)}</Badge>
        </span>
      }
    >
      <ol aria-label={t('page.availability.timeline', { name: provider.name })} className="flex h-8 gap-px">
        {provider.buckets.map((bucket) => {
          const label = `${format.dateTime(bucket.start, { dateStyle: 'short', timeStyle: 'short' })}: ${t(
            `page.availability.state.${bucket.state}`,
          )}`;
          return (
            <li key={bucket.start} title={label} className={cn('min-w-px flex-1 rounded-sm', STATE_BAR[bucket.state])}>
              <span className="sr-only">{label}</span>
            </li>
          );
        })}
      </ol>
      <div className="mt-4">
        <LatencyChart provider={provider} shortTimes={shortTimes} />
      </div>
      <h3 className="mt-4 text-sm font-medium">{t('page.availability.lastErrors')}</h3>
      {provider.lastErrors.length === 0 ? (
        <p className="mt-1 text-sm text-zinc-500 dark:text-zinc-400">{t('page.availability.noErrors')}</p>
      ) : (
        <ul className="mt-1 flex flex-col gap-1 text-sm">
          {provider.lastErrors.map((error) => (
            <li key={`${error.at}-${error.source}-${error.status}-${error.message}`} className="break-words">
              <span className="text-zinc-500 dark:text-zinc-400">
                {format.dateTime(error.at, { dateStyle: 'short', timeStyle: 'medium' })} ·{' '}
                {t(`page.availability.source.${error.source}`)} · {error.status ?? '—'} · {error.errorClass ?? ''}
              </span>{' '}
              {error.message}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
