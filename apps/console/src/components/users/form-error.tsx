import { AlertCircle } from 'lucide-react';
import { isApiError } from '../../api/api-error';
import { useT } from '../../i18n/use-t';
import { cn } from '../ui/cn';

/** A failed save: the API's problem detail and any per-field messages. */
export function FormError({ error }: { error: unknown }) {
  const t = useT();
  if (!error) return null;
  const fieldErrors = isApiError(error) && Array.isArray(error.problem?.errors) ? error.problem.errors : [];
  const lines = fieldErrors.flatMap((item: unknown) => {
    if (typeof item !== 'object' || item === null) return [];
    const { field, message } = item as Record<string, unknown>; // checked: non-null object
    return typeof field === 'string' && typeof message === 'string' ? [`${field}: ${message}`] : [];
  });
  const detail = isApiError(error)
    ? (error.detail ?? error.title)
    : error instanceof Error
      ? error.message
      : String(error);
  return (
    <div
      role="alert"
      className={cn(
        'flex gap-2 rounded-lg border border-red-200 bg-red-50 p-3 text-sm text-red-800',
        'dark:border-red-900 dark:bg-red-950 dark:text-red-200',
      )}
    >
      <AlertCircle className="mt-0.5 size-4 shrink-0" aria-hidden />
      <div className="min-w-0">
        <p className="font-medium">{t('page.users.error.saveFailed')}</p>
        <p className="break-words">{detail}</p>
        {lines.length > 0 && (
          <ul className="mt-1 list-disc pl-4">
            {lines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
