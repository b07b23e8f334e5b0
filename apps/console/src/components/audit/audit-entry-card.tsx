import { ChevronDown } from 'lucide-react';
import { useState } from 'react';
import type { AuditEntry } from '../../api/audit';
import { useFormat } from '../../i18n/use-format';
import { useT } from '../../i18n/use-t';
import { Badge } from '../ui/badge';
import { cn } from '../ui/cn';
import { fieldChanges } from './audit-changes';

/** One admin action: who, what, when and from where; its field changes open on demand. */
export function AuditEntryCard({ entry }: { entry: AuditEntry }) {
  const t = useT();
  const format = useFormat();
  const [open, setOpen] = useState(false);
  const changes = fieldChanges(entry.before, entry.after);
  const panelId = `audit-${entry.id}-changes`;
  return (
    <li className="rounded-xl border border-zinc-200 bg-white p-4 shadow-sm dark:border-zinc-800 dark:bg-zinc-900">
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1.5">
        <Badge tone="accent">{entry.action}</Badge>
        <span className="text-sm font-medium text-zinc-900 dark:text-zinc-100">{entry.actor}</span>
        <span className="text-sm text-zinc-500 dark:text-zinc-400">
          {entry.targetType}
          {entry.targetId !== null && <span className="ml-1 font-mono text-xs break-all">{entry.targetId}</span>}
        </span>
        <span className="ml-auto text-xs text-zinc-500 dark:text-zinc-400">
          <time dateTime={entry.createdAt}>{format.dateTime(entry.createdAt)}</time>
          {entry.ip !== null && <span className="ml-2 font-mono">{entry.ip}</span>}
        </span>
      </div>
      {changes.length > 0 && (
        <>
          <button
            type="button"
            className="mt-2 inline-flex items-center gap-1 text-xs font-medium text-accent-700 dark:text-accent-300"
            aria-expanded={open}
            aria-controls={panelId}
            onClick={() => setOpen(!open)}
          >
            <ChevronDown className={cn('size-3.5 transition-transform', open && 'rotate-180')} aria-hidden />
            {t('page.audit.changes', { count: changes.length })}
          </button>
          {open && (
            <dl id={panelId} className="mt-2 grid gap-2 text-xs">
              {changes.map((change) => (
                <div key={change.field} className="grid gap-1 sm:grid-cols-[10rem_minmax(0,1fr)]">
                  <dt className="font-mono text-zinc-500 dark:text-zinc-400">{change.field}</dt>
                  <dd className="min-w-0 font-mono break-words">
                    {change.before !== null && (
                      <del className="mr-2 rounded bg-red-50 px-1 text-red-800 dark:bg-red-950 dark:text-red-200">
                        {change.before}
                      </del>
                    )}
                    {change.after !== null && (
                      <ins
                        className={cn(
                          'rounded bg-emerald-50 px-1 text-emerald-800 no-underline',
                          'dark:bg-emerald-950 dark:text-emerald-200',
                        )}
                      >
                        {change.after}
                      </ins>
                    )}
                  </dd>
                </div>
              ))}
            </dl>
          )}
        </>
      )}
    </li>
  );
}
