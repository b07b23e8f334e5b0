import { Link } from '@tanstack/react-router';
import { Pencil, Trash2 } from 'lucide-react';
import type { User } from '../../api/users';
import { useFormat } from '../../i18n/use-format';
import { useT } from '../../i18n/use-t';
import { Badge } from '../ui/badge';
import { Button } from '../ui/button';
import { Switch } from '../ui/switch';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '../ui/table';
import { StatusBadge } from './key-status';
import { LimitsSummary } from './limits-summary';
import { cn } from '../ui/cn';

interface UsersTableProps {
  users: User[];
  onToggle: (user: User, enabled: boolean) => void;
  onEdit: (user: User) => void;
  onDelete: (user: User) => void;
  busyId?: string | undefined;
}

export function UsersTable({ users, onToggle, onEdit, onDelete, busyId }: UsersTableProps) {
  const t = useT();
  const format = useFormat();
  return (
    <Table cards>
      <TableHeader>
        <TableRow>
          <TableHead>{t('page.users.field.name')}</TableHead>
          <TableHead>{t('page.users.field.role')}</TableHead>
          <TableHead>{t('page.users.field.status')}</TableHead>
          <TableHead>{t('page.users.field.group')}</TableHead>
          <TableHead>{t('page.users.field.limits')}</TableHead>
          <TableHead>{t('page.users.field.expiresAt')}</TableHead>
          <TableHead className="text-right">{t('page.users.field.actions')}</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {users.map((user) => (
          <TableRow key={user.id}>
            <TableCell className="min-w-36" card="title">
              <Link
                to="/users/$userId"
                params={{ userId: user.id }}
                className={cn(
                  'rounded font-medium text-accent-700 hover:underline focus-visible:outline-2',
                  'focus-visible:outline-accent-500 dark:text-accent-300',
                )}
              >
                {user.name}
              </Link>
              {user.note && (
                <div className="mt-0.5 max-w-56 truncate text-xs text-zinc-500 dark:text-zinc-400">{user.note}</div>
              )}
              {user.tags.length > 0 && (
                <div className="mt-1 flex flex-wrap gap-1">
                  {user.tags.map((tag) => (
                    <Badge key={tag}>{tag}</Badge>
                  ))}
                </div>
              )}
            </TableCell>
            <TableCell label={t('page.users.field.role')}>
              <Badge tone={user.role === 'admin' ? 'accent' : 'neutral'}>
                {t(user.role === 'admin' ? 'page.users.role.admin' : 'page.users.role.user')}
              </Badge>
            </TableCell>
            <TableCell label={t('page.users.field.status')}>
              <div className="flex items-center gap-2">
                <Switch
                  checked={user.enabled}
                  disabled={busyId === user.id}
                  onCheckedChange={(checked) => onToggle(user, checked)}
                  aria-label={t(user.enabled ? 'page.users.disableNamed' : 'page.users.enableNamed', {
                    name: user.name,
                  })}
                />
                <StatusBadge enabled={user.enabled} expiresAt={user.expiresAt} />
              </div>
            </TableCell>
            <TableCell label={t('page.users.field.group')}>
              {user.group ?? <span className="text-zinc-400 dark:text-zinc-500">{t('page.users.defaultGroup')}</span>}
            </TableCell>
            <TableCell className="min-w-44" label={t('page.users.field.limits')}>
              <LimitsSummary limits={user.limits} />
            </TableCell>
            <TableCell className="whitespace-nowrap" label={t('page.users.field.expiresAt')}>
              {user.expiresAt
                ? format.dateTime(user.expiresAt, { dateStyle: 'medium', timeStyle: 'short' })
                : t('page.users.never')}
            </TableCell>
            <TableCell card="actions">
              <div className="flex justify-end gap-1">
                <Button
                  variant="ghost"
                  size="icon"
                  aria-label={t('page.users.editNamed', { name: user.name })}
                  onClick={() => onEdit(user)}
                >
                  <Pencil aria-hidden />
                </Button>
                <Button
                  variant="ghost"
                  size="icon"
                  aria-label={t('page.users.deleteNamed', { name: user.name })}
                  onClick={() => onDelete(user)}
                >
                  <Trash2 aria-hidden className="text-red-600 dark:text-red-400" />
                </Button>
              </div>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
