import { CircleCheck, CircleDashed, CircleX, Hourglass } from 'lucide-react';
import type { ProviderHealth } from '../../api/providers';
import { useFormat } from '../../i18n/use-format';
import { useT } from '../../i18n/use-t';
import { Badge } from '../ui/badge';

/** Breaker state as a badge, plus why it opened and until when. */
export function HealthBadge({ health, enabled }: { health: ProviderHealth; enabled: boolean }) {
  const t = useT();
  const format = useFormat();
  return (
    <div className="flex min-w-28 flex-col items-start gap-1">
      <div className="flex flex-wrap gap-1">
        {health.status === 'closed' && (
          <Badge tone="success">
            <CircleCheck className="size-3" aria-hidden />
            {t('page.providers.health.closed')}
          </Badge>
        )}
        {health.status === 'half-open' && (
          <Badge tone="warning">
            <CircleDashed className="size-3" aria-hidden />
            {t('page.providers.health.halfOpen')}
          </Badge>
        )}
        {health.status === 'open' && (
          <Badge tone="danger">
            <CircleX className="size-3" aria-hidden />
            {t('page.providers.health.open')}
          </Badge>
        )}
        {health.coolingDown && (
          <Badge tone="warning">
            <Hourglass className="size-3" aria-hidden />
            {t('page.providers.health.coolingDown')}
          </Badge>
        )}
        {!enabled && <Badge>{t('page.providers.health.disabled')}</Badge>}
      </div>
      {health.status !== 'closed' && health.reason && (
        <p
          className="line-clamp-2 max-w-44 text-xs break-words hyphens-auto text-zinc-600 dark:text-zinc-400"
          title={health.reason}
        >
          {t('page.providers.health.reason', { reason: health.reason })}
        </p>
      )}
      {health.status === 'open' && health.openUntil && (
        <p className="text-xs text-zinc-500 dark:text-zinc-400">
          {t('page.providers.health.until', { time: format.relative(health.openUntil) })}
        </p>
      )}
      {health.status === 'closed' && health.failures > 0 && (
        <p className="text-xs text-zinc-500 dark:text-zinc-400">
          {t('page.providers.health.failures', { count: format.number(health.failures) })}
        </p>
      )}
    </div>
  );
}
