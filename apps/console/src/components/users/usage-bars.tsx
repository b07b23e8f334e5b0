import { type UsageEntry, usageNumber } from '../../api/quota';
import { useFormat } from '../../i18n/use-format';
import { useT } from '../../i18n/use-t';
import { Badge } from '../ui/badge';
import { Progress } from '../ui/progress';
import { LIMIT_LABEL } from './limit-labels';

/** One progress bar per configured limit: current / limit, and when the window frees up. */
export function UsageBars({ entries }: { entries: UsageEntry[] }) {
  const t = useT();
  if (entries.length === 0) {
    return <p className="text-sm text-zinc-500 dark:text-zinc-400">{t('page.users.quota.noLimits')}</p>;
  }
  return (
    <ul className="space-y-4">
      {entries.map((entry) => (
        <UsageBar key={entry.limit} entry={entry} />
      ))}
    </ul>
  );
}

function UsageBar({ entry }: { entry: UsageEntry }) {
  const t = useT();
  const format = useFormat();
  const current = usageNumber(entry.current);
  const max = usageNumber(entry.max);
  const show = (n: number) => (entry.unit === 'usd' ? format.money(n) : format.number(n));
  const ratio = max > 0 ? current / max : current > 0 ? 1 : 0;
  const label = t(LIMIT_LABEL[entry.limit]);
  const amounts = `${show(current)} / ${show(max)}`;

  return (
    <li data-testid={`usage-${entry.limit}`}>
      <div className="mb-1.5 flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1">
        <span className="flex items-center gap-2 text-sm font-medium text-zinc-900 dark:text-zinc-100">
          {label}
          {entry.exhausted && <Badge tone="danger">{t('page.users.quota.exhausted')}</Badge>}
        </span>
        <span className="text-sm text-zinc-700 tabular-nums dark:text-zinc-300">
          {amounts}
          <span className="ml-2 text-zinc-500 dark:text-zinc-400">{format.percent(ratio)}</span>
        </span>
      </div>
      <Progress value={Math.min(ratio, 1)} label={t('page.users.quota.barLabel', { limit: label, amounts })} />
      <ResetLine entry={entry} />
    </li>
  );
}

function ResetLine({ entry }: { entry: UsageEntry }) {
  const t = useT();
  const format = useFormat();
  let text: string | null = null;
  let title: string | undefined;
  if (entry.shape === 'total') {
    text = entry.since
      ? t('page.users.quota.since', { date: format.dateTime(entry.since) })
      : t('page.users.quota.neverReset');
  } else if (entry.shape === 'live') {
    text = t('page.users.quota.live');
  } else if (entry.resetAt !== null) {
    text = t('page.users.quota.resets', { time: format.relative(entry.resetAt) });
    title = format.dateTime(entry.resetAt);
  }
  if (!text) return null;
  return (
    <p className="mt-1 text-xs text-zinc-500 dark:text-zinc-400" title={title}>
      {text}
      {title && <span className="sr-only"> ({title})</span>}
    </p>
  );
}
