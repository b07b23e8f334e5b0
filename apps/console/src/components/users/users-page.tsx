import { useQuery } from '@tanstack/react-query';
import { Plus, Users } from 'lucide-react';
import { useState } from 'react';
import { type User, usersQueryOptions } from '../../api/users';
import { useT } from '../../i18n/use-t';
import { Button } from '../ui/button';
import { EmptyState } from '../ui/empty-state';
import { PageHeader } from '../ui/page-header';
import { QueryState } from '../ui/query-state';
import { useUserActions } from './user-actions';
import { UserFormDialog } from './user-form-dialog';
import { UsersTable } from './users-table';

export function UsersPage() {
  const t = useT();
  const query = useQuery(usersQueryOptions());
  const actions = useUserActions();
  const [formOpen, setFormOpen] = useState(false);
  const [editing, setEditing] = useState<User | undefined>();

  const openCreate = () => {
    setEditing(undefined);
    setFormOpen(true);
  };

  return (
    <>
      <PageHeader
        title={t('page.users.title')}
        description={t('page.users.description')}
        actions={
          <Button onClick={openCreate}>
            <Plus aria-hidden />
            {t('page.users.new')}
          </Button>
        }
      />
      <QueryState
        query={query}
        isEmpty={(users) => users.length === 0}
        empty={
          <EmptyState
            icon={Users}
            title={t('page.users.emptyTitle')}
            description={t('page.users.emptyDescription')}
            action={<Button onClick={openCreate}>{t('page.users.new')}</Button>}
          />
        }
      >
        {(users) => (
          <UsersTable
            users={users}
            busyId={actions.busyId}
            onToggle={actions.toggle}
            onDelete={actions.requestDelete}
            onEdit={(user) => {
              setEditing(user);
              setFormOpen(true);
            }}
          />
        )}
      </QueryState>
      <UserFormDialog open={formOpen} onOpenChange={setFormOpen} user={editing} />
      {actions.dialog}
    </>
  );
}
