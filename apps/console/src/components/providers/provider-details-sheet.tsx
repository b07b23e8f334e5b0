import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { type Provider, providerUsageQueryOptions } from '../../api/providers';
import { type UsageEntry, usageNumber } from '../../api/quota';
import { useFormat } from '../../i18n/use-format';
import { useT } from '../../i18n/use-t';
import { Progress } from '../ui/progress';
import { QueryState } from '../ui/query-state';
import { Sheet, SheetContent } from '../ui/sheet';
import { HealthBadge } from './health-badge';
import { PROTOCOL_LABELS, PROVIDER_TYPE_LABELS } from './provider-type-labels';

const LIMIT_LABELS = {
  rpm: 'page.providers.field.rpm',
  concurrentSessions: 'page.providers.field.concurrentSessions',
  usd5h: 'page.providers.field.usd5h',
  usdDaily: 'page.providers.field.usdDaily',
  usdWeekly: 'page.providers.field.usdWeekly',
  usdMonthly: 'page.providers.field.usdMonthly',
  usdTotal: 'page.providers.field.usdTotal',
} as const satisfies Record<UsageEntry['limit'], string>;

/** One provider at a glance: health, key preview, routing settings and usage against its own limits. */
export function ProviderDetailsSheet({
  provider,
  onOpenChange,
}: {
  provider: Provider | null;
  onOpenChange: (open: boolean) => void;
}) {
  const t = useT();
  return (
    <Sheet open={provider !== null} onOpenChange={onOpenChange}>
      <SheetContent
        title={provider?.name ?? ''}
        description={provider ? PROVIDER_TYPE_LABELS[provider.type] : undefined}
      >
        {provider && (
          <div className="flex flex-col gap-6">
            <HealthBadge health={provider.health} enabled={provider.enabled} />
            <Summary provider={provider} />
            <section>
              <h3 className="mb-3 text-sm font-semibold text-zinc-900 dark:text-zinc-50">
                {t('page.providers.details.usage')}
              </h3>
              <UsageBars id={provider.id} />
            </section>
          </div>
        )}
      </SheetContent>
    </Sheet>
  );
}

function Summary({ provider: p }: { provider: Provider }) {
  const t = useT();
  const format = useFormat();
  const none = t('page.providers.details.none');
  const rows: [string, ReactNode][] = [
    [
      t('page.providers.field.baseUrl'),
      <span key="url" className="font-mono break-all">
        {p.baseUrl}
      </span>,
    ],
    [
      t('page.providers.details.apiKey'),
      <span key="key" className="font-mono">
        {p.apiKeyPreview}
      </span>,
    ],
    [t('page.providers.field.groups'), p.groups.join(', ') || none],
    [t('page.providers.field.priority'), format.number(p.priority)],
    [t('page.providers.field.weight'), format.number(p.weight)],
    [t('page.providers.field.allowedModels'), p.allowedModels.join(', ') || t('page.providers.details.allModels')],
    [
      t('page.providers.field.modelRedirects'),
      p.modelRedirects.length === 0 ? none : p.modelRedirects.map((r) => `${r.pattern} → ${r.target}`).join(', '),
    ],
    [t('page.providers.field.acceptedFormats'), p.acceptedFormats.map((f) => PROTOCOL_LABELS[f]).join(', ') || none],
    [
      t('page.providers.field.activeHours'),
      p.activeHours ? `${p.activeHours.start}–${p.activeHours.end}` : t('page.providers.details.always'),
    ],
    [
      t('page.providers.field.concurrencyLimit'),
      p.concurrencyLimit === null ? t('page.providers.noLimit') : format.number(p.concurrencyLimit),
    ],
    [t('page.providers.details.updatedAt'), format.dateTime(p.updatedAt)],
  ];
  return (
    <dl className="grid grid-cols-1 gap-x-4 gap-y-2 text-sm sm:grid-cols-[10rem_1fr]">
      {rows.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="text-zinc-500 dark:text-zinc-400">{label}</dt>
          <dd className="mb-2 min-w-0 break-words text-zinc-800 sm:mb-0 dark:text-zinc-200">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

function UsageBars({ id }: { id: string }) {
  const t = useT();
  const format = useFormat();
  const query = useQuery(providerUsageQueryOptions(id));
  const show = (entry: UsageEntry, value: number | string) =>
    entry.unit === 'usd' ? format.money(usageNumber(value)) : format.number(usageNumber(value));
  return (
    <QueryState
      query={query}
      isEmpty={(usage) => usage.entries.length === 0}
      empty={<p className="text-sm text-zinc-500 dark:text-zinc-400">{t('page.providers.details.noLimits')}</p>}
    >
      {(usage) => (
        <ul className="flex flex-col gap-3">
          {usage.entries.map((entry) => {
            const label = t(LIMIT_LABELS[entry.limit]);
            const text = t('page.providers.details.usageOf', {
              current: show(entry, entry.current),
              max: show(entry, entry.max),
            });
            const ratio = usageNumber(entry.max) > 0 ? usageNumber(entry.current) / usageNumber(entry.max) : 0;
            return (
              <li key={entry.limit}>
                <div className="mb-1 flex justify-between gap-2 text-sm">
                  <span className="text-zinc-700 dark:text-zinc-300">{label}</span>
                  <span className="tabular-nums text-zinc-600 dark:text-zinc-400">{text}</span>
                </div>
                <Progress value={ratio} label={`${label}: ${text}`} />
                {entry.resetAt !== null && (
                  <p className="mt-1 text-xs text-zinc-500 dark:text-zinc-400">
                    {t('page.providers.details.resets', { time: format.relative(entry.resetAt) })}
                  </p>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </QueryState>
  );
}
