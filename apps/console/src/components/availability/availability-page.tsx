import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { AVAILABILITY_WINDOWS, type AvailabilityWindow, availabilityQueryOptions } from '../../api/availability';
import { isApiError } from '../../api/api-error';
import { useT } from '../../i18n/use-t';
import { PageHeader } from '../ui/page-header';
import { Select } from '../ui/select';
import { Spinner } from '../ui/spinner';
import { ProviderAvailabilityCard } from './provider-availability-card';
import { StatusPageSettings } from './status-page-settings';

/** Every provider's availability over a window, and the public status page's settings. */
export function AvailabilityPage() {
  const t = useT();
  const [window, setWindow] = useState<AvailabilityWindow>('24h');
  const query = useQuery(availabilityQueryOptions(window));
  const report = query.data;
  return (
    <>
      <PageHeader
        title={t('page.availability.title')}
        description={t('page.availability.description')}
        actions={
          <Select
            aria-label={t('page.availability.window')}
            value={window}
            onValueChange={(value) => setWindow(AVAILABILITY_WINDOWS.find((w) => w === value) ?? '24h')}
            options={AVAILABILITY_WINDOWS.map((w) => ({ value: w, label: t(`page.availability.window.${w}`) }))}
          />
        }
      />
      {query.status === 'pending' && (
        <div className="flex justify-center py-10">
          <Spinner className="size-5" label={t('page.availability.loading')} />
        </div>
      )}
      {query.status === 'error' && (
        <p role="alert" className="text-sm text-red-700 dark:text-red-300">
          {isApiError(query.error) ? (query.error.detail ?? query.error.title) : String(query.error)}
        </p>
      )}
      {report && (
        <div className="flex flex-col gap-4">
          <p className="text-sm text-zinc-500 dark:text-zinc-400">
            {report.probeIntervalSeconds === 0
              ? t('page.availability.probesOff')
              : t('page.availability.probeEvery', {
                  seconds: String(report.probeIntervalSeconds),
                  ms: String(report.degradedLatencyMs),
                })}
          </p>
          {report.providers.length === 0 && <p className="text-sm">{t('page.availability.empty')}</p>}
          {report.providers.map((provider) => (
            <ProviderAvailabilityCard
              key={provider.providerId}
              provider={provider}
              shortTimes={window === '1h' || window === '24h'}
            />
          ))}
        </div>
      )}
      <div className="mt-8">
        <StatusPageSettings />
      </div>
    </>
  );
}
