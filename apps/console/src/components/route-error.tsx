import { useQueryErrorResetBoundary } from '@tanstack/react-query';
import { useRouter } from '@tanstack/react-router';
import type { ErrorComponentProps } from '@tanstack/react-router';
import { TriangleAlert } from 'lucide-react';
import { useEffect } from 'react';
import { isApiError } from '../api/api-error';
import { useT } from '../i18n/use-t';
import { Button } from './ui/button';
import { EmptyState } from './ui/empty-state';

/** Shown in place of a route whose loader or component failed; the rest of the shell stays. */
export function RouteError({ error }: ErrorComponentProps) {
  const t = useT();
  const router = useRouter();
  const queryErrorResetBoundary = useQueryErrorResetBoundary();

  useEffect(() => {
    queryErrorResetBoundary.reset();
  }, [queryErrorResetBoundary]);

  const detail = isApiError(error) ? (error.detail ?? error.title) : t('common.error.description');
  return (
    <EmptyState
      icon={TriangleAlert}
      title={t('common.error.title')}
      description={detail}
      action={
        <Button variant="secondary" onClick={() => void router.invalidate()}>
          {t('common.retry')}
        </Button>
      }
    />
  );
}
