import { Menu, X } from 'lucide-react';
import { Dialog } from 'radix-ui';
import { useState } from 'react';
import { useT } from '../../i18n/use-t';
import { Button } from '../ui/button';
import { Brand } from './brand';
import type { NavGroup } from './nav-items';
import { SidebarNav } from './sidebar-nav';
import { cn } from '../ui/cn';

/** Phone-width navigation: a menu button opening the sidebar as a drawer. */
export function MobileNav({ groups }: { groups: readonly NavGroup[] }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  return (
    <Dialog.Root open={open} onOpenChange={setOpen}>
      <Dialog.Trigger asChild>
        <Button variant="ghost" size="icon" className="lg:hidden" aria-label={t('nav.open')}>
          <Menu aria-hidden />
        </Button>
      </Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-zinc-950/40 backdrop-blur-sm lg:hidden" />
        <Dialog.Content
          className={cn(
            'fixed inset-y-0 left-0 z-50 flex w-72 max-w-[85vw] flex-col gap-6 overflow-y-auto border-r',
            'border-zinc-200 bg-white p-4 shadow-xl lg:hidden dark:border-zinc-800 dark:bg-zinc-950',
          )}
        >
          <div className="flex items-center justify-between">
            <Dialog.Title asChild>
              <div>
                <Brand />
              </div>
            </Dialog.Title>
            <Dialog.Close asChild>
              <Button variant="ghost" size="icon" aria-label={t('nav.close')}>
                <X aria-hidden />
              </Button>
            </Dialog.Close>
          </div>
          <Dialog.Description className="sr-only">{t('nav.label')}</Dialog.Description>
          <SidebarNav groups={groups} onNavigate={() => setOpen(false)} />
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
