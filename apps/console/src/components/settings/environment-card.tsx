import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { type Environment, environmentQueryOptions } from '../../api/settings';
import { useFormat } from '../../i18n/use-format';
import { useT } from '../../i18n/use-t';
import { Card } from '../ui/card';
import { QueryState } from '../ui/query-state';

interface Row {
  label: string;
  value: ReactNode;
  variable: string;
}

function useRows(env: Environment): Row[] {
  const t = useT();
  const format = useFormat();
  return [
    {
      label: t('page.settings.env.priceSyncUrl'),
      value: <span className="font-mono text-xs break-all">{env.priceSyncUrl}</span>,
      variable: 'PRICE_SYNC_URL',
    },
    {
      label: t('page.settings.env.priceSyncSchedule'),
      value:
        env.priceSyncIntervalHours > 0
          ? t('page.settings.env.everyHours', { hours: format.number(env.priceSyncIntervalHours) })
          : t('page.settings.env.onDemand'),
      variable: 'PRICE_SYNC_INTERVAL_HOURS',
    },
    {
      label: t('page.settings.env.database'),
      value: t(`page.settings.env.database.${env.database}`),
      variable: 'DATABASE_URL',
    },
    {
      label: t('page.settings.env.redis'),
      value: env.redis ? t('page.settings.env.redis.on') : t('page.settings.env.redis.off'),
      variable: 'REDIS_URL',
    },
  ];
}

function EnvironmentRows({ env }: { env: Environment }) {
  const t = useT();
  const rows = useRows(env);
  return (
    <dl className="divide-y divide-zinc-100 dark:divide-zinc-800">
      {rows.map((row) => (
        <div
          key={row.variable}
          className="grid gap-1 py-3 first:pt-0 last:pb-0 sm:grid-cols-[minmax(0,2fr)_minmax(0,3fr)] sm:gap-4"
        >
          <dt className="text-sm text-zinc-500 dark:text-zinc-400">
            {row.label}
            <span className="mt-0.5 block font-mono text-[11px] text-zinc-400 dark:text-zinc-500">
              <span className="sr-only">{t('page.settings.env.variable')}: </span>
              {row.variable}
            </span>
          </dt>
          <dd className="min-w-0 text-sm font-medium text-zinc-900 dark:text-zinc-100">{row.value}</dd>
        </div>
      ))}
    </dl>
  );
}

export function EnvironmentCard() {
  const t = useT();
  const query = useQuery(environmentQueryOptions());
  return (
    <Card title={t('page.settings.env.title')} description={t('page.settings.env.description')}>
      <QueryState query={query}>{(env) => <EnvironmentRows env={env} />}</QueryState>
    </Card>
  );
}
