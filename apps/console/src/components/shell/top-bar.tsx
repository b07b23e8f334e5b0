import type { Session } from '../../api/auth';
import { LanguageSwitch } from './language-switch';
import { MobileNav } from './mobile-nav';
import type { NavGroup } from './nav-items';
import { ThemeSwitch } from './theme-switch';
import { UserMenu } from './user-menu';
import { cn } from '../ui/cn';

interface TopBarProps {
  session: Session;
  groups: readonly NavGroup[];
}

export function TopBar({ session, groups }: TopBarProps) {
  return (
    <header
      className={cn(
        'sticky top-0 z-30 flex h-14 items-center gap-2 border-b border-zinc-200 bg-white/80 px-4',
        'backdrop-blur sm:px-6 dark:border-zinc-800 dark:bg-zinc-950/80',
      )}
    >
      <MobileNav groups={groups} />
      <div className="ml-auto flex items-center gap-1">
        <LanguageSwitch />
        <ThemeSwitch />
        <div className="mx-1 h-6 w-px bg-zinc-200 dark:bg-zinc-800" aria-hidden />
        <UserMenu session={session} />
      </div>
    </header>
  );
}
