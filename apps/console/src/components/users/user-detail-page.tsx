import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { ArrowLeft, Pencil, Trash2 } from 'lucide-react';
import { type ReactNode, useState } from 'react';
import { type User, userQueryOptions } from '../../api/users';
import { useFormat } from '../../i18n/use-format';
import { useT } from '../../i18n/use-t';
import { Badge } from '../ui/badge';
import { Button } from '../ui/button';
import { Card } from '../ui/card';
import { PageHeader } from '../ui/page-header';
import { QueryState } from '../ui/query-state';
import { Switch } from '../ui/switch';
import { StatusBadge } from './key-status';
import { KeysSection } from './keys-section';
import { QuotaCard } from './quota-card';
import { useUserActions } from './user-actions';
import { UserFormDialog } from './user-form-dialog';
import { cn } from '../ui/cn';

export function UserDetailPage({ userId }: { userId: string }) {
  const t = useT();
  const query = useQuery(userQueryOptions(userId));
  return (
    <>
      <Link
        to="/users"
        className={cn(
          'mb-4 inline-flex items-center gap-1 rounded text-sm text-zinc-600 hover:text-zinc-900',
          'focus-visible:outline-2 focus-visible:outline-accent-500',
          'dark:text-zinc-400 dark:hover:text-zinc-100',
        )}
      >
        <ArrowLeft className="size-4" aria-hidden />
        {t('page.users.backToList')}
      </Link>
      <QueryState query={query}>{(user) => <UserDetail user={user} />}</QueryState>
    </>
  );
}

function UserDetail({ user }: { user: User }) {
  const t = useT();
  const format = useFormat();
  const navigate = useNavigate();
  const actions = useUserActions({ onDeleted: () => void navigate({ to: '/users' }) });
  const [editOpen, setEditOpen] = useState(false);

  return (
    <>
      <PageHeader
        title={
          <span className="flex flex-wrap items-center gap-2">
            {user.name}
            <Badge tone={user.role === 'admin' ? 'accent' : 'neutral'}>
              {t(user.role === 'admin' ? 'page.users.role.admin' : 'page.users.role.user')}
            </Badge>
            <StatusBadge enabled={user.enabled} expiresAt={user.expiresAt} />
          </span>
        }
        description={user.note || t('page.users.detail.description')}
        actions={
          <>
            <div className="flex h-10 items-center gap-2 rounded-lg border border-zinc-200 px-3 dark:border-zinc-800">
              <label htmlFor="user-enabled" className="text-sm font-medium text-zinc-700 dark:text-zinc-300">
                {t('page.users.field.enabled')}
              </label>
              <Switch
                id="user-enabled"
                checked={user.enabled}
                disabled={actions.busyId === user.id}
                onCheckedChange={(checked) => actions.toggle(user, checked)}
              />
            </div>
            <Button variant="secondary" onClick={() => setEditOpen(true)}>
              <Pencil aria-hidden />
              {t('page.users.action.edit')}
            </Button>
            <Button variant="danger" onClick={() => actions.requestDelete(user)}>
              <Trash2 aria-hidden />
              {t('page.users.action.delete')}
            </Button>
          </>
        }
      />
      <div className="grid grid-cols-1 items-start gap-6 lg:grid-cols-3">
        <QuotaCard
          subject={{ kind: 'user', id: user.id }}
          subjectName={user.name}
          title={t('page.users.quota.userTitle')}
          className="lg:col-span-2"
        />
        <Card title={t('page.users.detail.profile')}>
          <dl className="space-y-3 text-sm">
            <Row label={t('page.users.field.group')}>{user.group ?? t('page.users.defaultGroup')}</Row>
            <Row label={t('page.users.field.expiresAt')}>
              {user.expiresAt
                ? format.dateTime(user.expiresAt, { dateStyle: 'medium', timeStyle: 'short' })
                : t('page.users.never')}
            </Row>
            <Row label={t('page.users.field.allowedModels')}>
              {user.allowedModels.length > 0 ? user.allowedModels.join(', ') : t('page.users.detail.any')}
            </Row>
            <Row label={t('page.users.field.allowedClients')}>
              {user.allowedClients.length > 0 ? user.allowedClients.join(', ') : t('page.users.detail.any')}
            </Row>
            <Row label={t('page.users.field.tags')}>
              {user.tags.length > 0 ? user.tags.join(', ') : t('page.users.detail.none')}
            </Row>
            <Row label={t('page.users.detail.created')}>
              {format.dateTime(user.createdAt, { dateStyle: 'medium', timeStyle: 'short' })}
            </Row>
          </dl>
        </Card>
        <div className="lg:col-span-3">
          <KeysSection user={user} />
        </div>
      </div>
      <UserFormDialog open={editOpen} onOpenChange={setEditOpen} user={user} />
      {actions.dialog}
    </>
  );
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="flex justify-between gap-4">
      <dt className="text-zinc-500 dark:text-zinc-400">{label}</dt>
      <dd className="min-w-0 text-right break-words text-zinc-900 dark:text-zinc-100">{children}</dd>
    </div>
  );
}
