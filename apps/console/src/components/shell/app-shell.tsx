import type { ReactNode } from 'react';
import type { Session } from '../../api/auth';
import { useT } from '../../i18n/use-t';
import { Brand } from './brand';
import { navGroupsFor } from './nav-items';
import { SidebarNav } from './sidebar-nav';
import { TopBar } from './top-bar';
import { cn } from '../ui/cn';

interface AppShellProps {
  session: Session;
  children: ReactNode;
}

/** Signed-in layout: a fixed sidebar on wide screens, a drawer behind a menu button on phones. */
export function AppShell({ session, children }: AppShellProps) {
  const t = useT();
  const groups = navGroupsFor(session.role);
  return (
    <div className="min-h-screen lg:pl-64">
      <a
        href="#main"
        className={cn(
          'sr-only focus:not-sr-only focus:fixed focus:top-2 focus:left-2 focus:z-50 focus:rounded-md',
          'focus:bg-white focus:px-3 focus:py-2 focus:text-sm focus:shadow dark:focus:bg-zinc-900',
        )}
      >
        {t('a11y.skipToContent')}
      </a>
      <aside
        className={cn(
          'fixed inset-y-0 left-0 z-30 hidden w-64 flex-col gap-8 overflow-y-auto border-r',
          'border-zinc-200 bg-white px-4 py-5 lg:flex dark:border-zinc-800 dark:bg-zinc-950',
        )}
      >
        <div className="px-2">
          <Brand />
        </div>
        <SidebarNav groups={groups} />
      </aside>
      <TopBar session={session} groups={groups} />
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-7xl px-4 py-6 outline-none sm:px-6 lg:px-8 lg:py-8">
        {children}
      </main>
    </div>
  );
}
