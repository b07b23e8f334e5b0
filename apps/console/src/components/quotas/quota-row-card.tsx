import { Link } from '@tanstack/react-router';
import type { QuotaOverviewRow } from '../../api/quotas';
import { useFormat } from '../../i18n/use-format';
import { useT } from '../../i18n/use-t';
import { Badge } from '../ui/badge';
import { UsageBars } from '../users/usage-bars';
import { LIMIT_LABEL } from '../users/limit-labels';

function shareTone(share: number): 'danger' | 'warning' | 'neutral' {
  if (share >= 1) return 'danger';
  if (share >= 0.8) return 'warning';
  return 'neutral';
}

/** One user or key: how close it is to its nearest limit, then every limit's bar. */
export function QuotaRowCard({ row }: { row: QuotaOverviewRow }) {
  const t = useT();
  const format = useFormat();
  const ownerId = row.subject.kind === 'user' ? row.subject.id : row.userId;
  return (
    <li
      className="rounded-xl border border-zinc-200 bg-white p-4 shadow-sm dark:border-zinc-800 dark:bg-zinc-900"
      data-testid={`quota-${row.subject.kind}-${row.subject.id}`}
    >
      <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
        <div className="flex min-w-0 flex-wrap items-center gap-2">
          {ownerId ? (
            <Link
              to="/users/$userId"
              params={{ userId: ownerId }}
              className="truncate font-medium text-accent-700 hover:underline dark:text-accent-300"
            >
              {row.name}
            </Link>
          ) : (
            <span className="truncate font-medium">{row.name}</span>
          )}
          <Badge tone="neutral">
            {t(row.subject.kind === 'user' ? 'page.quotas.kind.user' : 'page.quotas.kind.key')}
          </Badge>
          {row.userName !== null && (
            <span className="text-xs text-zinc-500 dark:text-zinc-400">
              {t('page.quotas.ownedBy', { name: row.userName })}
            </span>
          )}
          {!row.enabled && <Badge tone="neutral">{t('page.quotas.disabled')}</Badge>}
        </div>
        {row.closestLimit !== null && (
          <Badge tone={shareTone(row.closestShare)}>
            {t('page.quotas.closest', {
              limit: t(LIMIT_LABEL[row.closestLimit]),
              percent: format.percent(row.closestShare),
            })}
          </Badge>
        )}
      </div>
      <UsageBars entries={row.entries} />
    </li>
  );
}
