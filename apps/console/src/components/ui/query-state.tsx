import type { UseQueryResult } from '@tanstack/react-query';
import { TriangleAlert } from 'lucide-react';
import type { ReactNode } from 'react';
import { isApiError } from '../../api/api-error';
import { useT } from '../../i18n/use-t';
import { Button } from './button';
import { Spinner } from './spinner';
import { cn } from './cn';

interface QueryStateProps<TData> {
  query: Pick<UseQueryResult<TData>, 'status' | 'data' | 'error' | 'refetch' | 'isFetching'>;
  /** When it returns true, `empty` is shown instead of `children`. */
  isEmpty?: (data: TData) => boolean;
  empty?: ReactNode;
  children: (data: TData) => ReactNode;
}

/** Renders a query's three states: spinner, error card with retry, or the data (or an empty state). */
export function QueryState<TData>({ query, isEmpty, empty, children }: QueryStateProps<TData>) {
  const t = useT();
  if (query.status === 'pending') {
    return (
      <div className="flex items-center justify-center gap-2 py-12 text-sm text-zinc-500 dark:text-zinc-400">
        <Spinner className="size-5" label={t('common.loading')} />
      </div>
    );
  }
  if (query.status === 'error') {
    const error = query.error;
    const title = isApiError(error) ? error.title : t('common.error.title');
    const detail = isApiError(error) ? error.detail : error instanceof Error ? error.message : undefined;
    return (
      <div
        role="alert"
        className={cn(
          'flex flex-col items-start gap-3 rounded-xl border border-red-200 bg-red-50 p-4 text-sm',
          'sm:flex-row sm:items-center dark:border-red-900 dark:bg-red-950/40',
        )}
      >
        <TriangleAlert className="size-5 shrink-0 text-red-600 dark:text-red-400" aria-hidden />
        <div className="min-w-0 flex-1">
          <p className="font-medium text-red-800 dark:text-red-200">{title}</p>
          {detail && <p className="mt-0.5 break-words text-red-700 dark:text-red-300">{detail}</p>}
        </div>
        <Button variant="secondary" size="sm" loading={query.isFetching} onClick={() => void query.refetch()}>
          {t('common.retry')}
        </Button>
      </div>
    );
  }
  const data = query.data as TData; // status is 'success' here, so data is present.
  if (isEmpty?.(data) && empty !== undefined) return <>{empty}</>;
  return <>{children(data)}</>;
}
