import type { Limits } from '../../api/users';
import { useFormat } from '../../i18n/use-format';
import { useT } from '../../i18n/use-t';
import type { MessageKey } from '../../i18n/en';
import { Badge } from '../ui/badge';

const USD_SUMMARY = {
  usd5h: 'page.users.summary.usd5h',
  usdDaily: 'page.users.summary.usdDaily',
  usdWeekly: 'page.users.summary.usdWeekly',
  usdMonthly: 'page.users.summary.usdMonthly',
  usdTotal: 'page.users.summary.usdTotal',
} as const satisfies Record<string, MessageKey>;

/** The configured limits as short chips: "60 RPM", "$5.00 / day" … */
export function LimitsSummary({ limits }: { limits: Limits }) {
  const t = useT();
  const format = useFormat();
  const chips: string[] = [];
  if (limits.rpm !== null) chips.push(t('page.users.summary.rpm', { value: format.number(limits.rpm) }));
  if (limits.concurrentSessions !== null)
    chips.push(t('page.users.summary.sessions', { value: format.number(limits.concurrentSessions) }));
  for (const field of Object.keys(USD_SUMMARY) as (keyof typeof USD_SUMMARY)[]) {
    const value = limits[field];
    if (value !== null) chips.push(t(USD_SUMMARY[field], { value: format.money(Number(value)) }));
  }
  if (chips.length === 0)
    return <span className="text-sm text-zinc-500 dark:text-zinc-400">{t('page.users.summary.none')}</span>;
  return (
    <div className="flex flex-wrap gap-1">
      {chips.map((chip) => (
        <Badge key={chip}>{chip}</Badge>
      ))}
    </div>
  );
}
