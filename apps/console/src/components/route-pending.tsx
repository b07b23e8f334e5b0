import { useT } from '../i18n/use-t';
import { Spinner } from './ui/spinner';

export function RoutePending() {
  const t = useT();
  return (
    <div
      className="flex items-center justify-center gap-2 py-24 text-sm text-zinc-500 dark:text-zinc-400"
      role="status"
    >
      <Spinner />
      {t('common.loading')}
    </div>
  );
}
