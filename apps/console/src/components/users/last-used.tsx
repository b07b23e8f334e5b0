import { useFormat } from '../../i18n/use-format';
import { useT } from '../../i18n/use-t';

/** "3 minutes ago" with the exact time on hover; "Never" for a key that has made no request. */
export function LastUsed({ at }: { at: string | null }) {
  const t = useT();
  const format = useFormat();
  if (at === null) return <span className="text-zinc-500 dark:text-zinc-400">{t('page.users.key.neverUsed')}</span>;
  return (
    <time dateTime={at} title={format.dateTime(at, { dateStyle: 'medium', timeStyle: 'medium' })}>
      {format.relative(at)}
    </time>
  );
}
