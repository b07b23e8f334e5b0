import { useNavigate } from '@tanstack/react-router';
import { ChevronDown, LogOut } from 'lucide-react';
import { DropdownMenu } from 'radix-ui';
import { useLogoutMutation } from '../../api/auth';
import type { Session } from '../../api/auth';
import { useT } from '../../i18n/use-t';
import { Badge } from '../ui/badge';
import { Button } from '../ui/button';
import { MenuContent } from '../ui/menu-content';
import { MenuItem } from '../ui/menu-item';
import { cn } from '../ui/cn';

export function UserMenu({ session }: { session: Session }) {
  const t = useT();
  const navigate = useNavigate();
  const logout = useLogoutMutation();
  const initial = session.name.trim().charAt(0).toUpperCase() || '?';

  return (
    <DropdownMenu.Root>
      <DropdownMenu.Trigger asChild>
        <Button variant="ghost" className="gap-2 px-2" aria-label={t('account.menu')}>
          <span
            aria-hidden
            className={cn(
              'flex size-7 items-center justify-center rounded-full bg-zinc-200 text-xs font-semibold',
              'text-zinc-700 dark:bg-zinc-800 dark:text-zinc-200',
            )}
          >
            {initial}
          </span>
          <span className="hidden max-w-32 truncate sm:inline">{session.name}</span>
          <ChevronDown aria-hidden className="text-zinc-400" />
        </Button>
      </DropdownMenu.Trigger>
      <MenuContent className="min-w-56">
        <DropdownMenu.Label className="flex flex-col gap-1 px-2 py-1.5">
          <span className="truncate font-medium text-zinc-900 dark:text-zinc-50">{session.name}</span>
          <Badge tone={session.role === 'admin' ? 'accent' : 'neutral'} className="self-start">
            {t(`account.role.${session.role}`)}
          </Badge>
        </DropdownMenu.Label>
        <DropdownMenu.Separator className="my-1 h-px bg-zinc-200 dark:bg-zinc-800" />
        <MenuItem
          disabled={logout.isPending}
          onSelect={() => logout.mutate(undefined, { onSettled: () => void navigate({ to: '/login', replace: true }) })}
        >
          <LogOut aria-hidden />
          {logout.isPending ? t('account.loggingOut') : t('account.logout')}
        </MenuItem>
      </MenuContent>
    </DropdownMenu.Root>
  );
}
