import { CheckCircle2, AlertCircle, X } from 'lucide-react';
import { isApiError } from '../../api/api-error';
import type { SyncResult } from '../../api/prices';
import { useFormat } from '../../i18n/use-format';
import { useT } from '../../i18n/use-t';
import { cn } from '../ui/cn';

export type SyncOutcome = { kind: 'success'; result: SyncResult } | { kind: 'failure'; error: unknown };

/** Why a sync changed nothing: the gateway's 422 says "Nothing changed: <reason>". */
export function describeError(error: unknown): string {
  if (isApiError(error)) return (error.detail ?? error.title).replace(/^Nothing changed:\s*/, '');
  return error instanceof Error ? error.message : String(error);
}

export function SyncResultBanner({ outcome, onDismiss }: { outcome: SyncOutcome; onDismiss: () => void }) {
  const t = useT();
  const format = useFormat();
  const success = outcome.kind === 'success';
  const Icon = success ? CheckCircle2 : AlertCircle;
  const body = success
    ? t('page.prices.syncSuccess', {
        models: format.number(outcome.result.models ?? 0),
        source: outcome.result.source,
        written: format.number(outcome.result.written ?? 0),
        skipped: format.number(outcome.result.skipped ?? 0),
      })
    : describeError(outcome.error);
  return (
    <div
      role={success ? 'status' : 'alert'}
      className={cn(
        'mb-4 flex gap-3 rounded-xl border p-4 text-sm',
        success
          ? cn(
              'border-emerald-200 bg-emerald-50 text-emerald-900',
              'dark:border-emerald-900 dark:bg-emerald-950 dark:text-emerald-100',
            )
          : 'border-red-200 bg-red-50 text-red-900 dark:border-red-900 dark:bg-red-950 dark:text-red-100',
      )}
    >
      <Icon className="mt-0.5 size-4 shrink-0" aria-hidden />
      <div className="min-w-0 flex-1">
        <p className="font-medium">{success ? t('page.prices.syncSuccessTitle') : t('page.prices.syncFailedTitle')}</p>
        <p className="mt-0.5 break-words">{body}</p>
      </div>
      <button
        type="button"
        onClick={onDismiss}
        aria-label={t('page.prices.dismiss')}
        className={cn(
          '-m-1 inline-flex size-7 shrink-0 items-center justify-center rounded-md opacity-70',
          'hover:opacity-100 focus-visible:outline-2 focus-visible:outline-current',
        )}
      >
        <X className="size-4" aria-hidden />
      </button>
    </div>
  );
}
