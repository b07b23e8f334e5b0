import { Link } from '@tanstack/react-router';
import { useT } from '../../i18n/use-t';
import type { NavGroup } from './nav-items';
import { cn } from '../ui/cn';

interface SidebarNavProps {
  groups: readonly NavGroup[];
  /** Called after a link is followed (the phone drawer closes itself). */
  onNavigate?: () => void;
}

export function SidebarNav({ groups, onNavigate }: SidebarNavProps) {
  const t = useT();
  return (
    <nav aria-label={t('nav.label')} className="flex flex-col gap-6">
      {groups.map((group) => (
        <div key={group.label}>
          <h2 className="px-3 pb-2 text-xs font-medium tracking-wide text-zinc-500 uppercase dark:text-zinc-400">
            {t(group.label)}
          </h2>
          <ul className="flex flex-col gap-0.5">
            {group.items.map(({ to, label, icon: Icon }) => (
              <li key={to}>
                <Link
                  to={to}
                  activeOptions={{ exact: to === '/' }}
                  onClick={onNavigate}
                  className={cn(
                    'flex items-center gap-3 rounded-lg px-3 py-2 text-sm font-medium text-zinc-600',
                    'transition-colors hover:bg-zinc-100 hover:text-zinc-900 data-[status=active]:bg-accent-50',
                    'data-[status=active]:text-accent-700',
                    'dark:text-zinc-400 dark:hover:bg-zinc-800/70 dark:hover:text-zinc-100',
                    'dark:data-[status=active]:bg-accent-950 dark:data-[status=active]:text-accent-300',
                  )}
                >
                  <Icon className="size-4 shrink-0" aria-hidden />
                  {t(label)}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </nav>
  );
}
