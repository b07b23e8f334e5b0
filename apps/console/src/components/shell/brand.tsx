import { Waypoints } from 'lucide-react';
import { useConsoleDisplay } from '../../i18n/display-currency';
import { useT } from '../../i18n/use-t';
import { cn } from '../ui/cn';

export function Brand() {
  const t = useT();
  const { siteTitle } = useConsoleDisplay();
  return (
    <div className="flex items-center gap-2.5">
      <span
        className={cn(
          'flex size-8 items-center justify-center rounded-lg bg-accent-600 text-white',
          'dark:bg-accent-500 dark:text-zinc-950',
        )}
      >
        <Waypoints className="size-4.5" aria-hidden />
      </span>
      <span className="flex flex-col leading-tight">
        <span className="text-sm font-semibold text-zinc-900 dark:text-zinc-50">{siteTitle ?? t('app.name')}</span>
        <span className="text-xs text-zinc-500 dark:text-zinc-400">{t('app.tagline')}</span>
      </span>
    </div>
  );
}
