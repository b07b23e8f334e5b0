import { useT } from '../../i18n/use-t';
import { Badge } from '../ui/badge';

/** Enabled / disabled / expired, for users and keys alike. */
export function StatusBadge({ enabled, expiresAt }: { enabled: boolean; expiresAt: string | null }) {
  const t = useT();
  if (expiresAt !== null && new Date(expiresAt).getTime() <= Date.now())
    return (
      <Badge tone="warning" className="whitespace-nowrap">
        {t('page.users.status.expired')}
      </Badge>
    );
  return enabled ? (
    <Badge tone="success" className="whitespace-nowrap">
      {t('page.users.status.enabled')}
    </Badge>
  ) : (
    <Badge className="whitespace-nowrap">{t('page.users.status.disabled')}</Badge>
  );
}

/** "sk-abc123…": what is stored of a key besides its hash. */
export function maskedKey(prefix: string): string {
  return `${prefix}…`;
}
