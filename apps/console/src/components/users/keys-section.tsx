import { useQuery } from '@tanstack/react-query';
import { KeyRound, Plus } from 'lucide-react';
import { useState } from 'react';
import {
  type ApiKey,
  type CreatedKey,
  useDeleteKeyMutation,
  userKeysQueryOptions,
  useUpdateKeyMutation,
} from '../../api/keys';
import type { User } from '../../api/users';
import { useT } from '../../i18n/use-t';
import { Button } from '../ui/button';
import { Card } from '../ui/card';
import { ConfirmDialog } from '../ui/confirm-dialog';
import { EmptyState } from '../ui/empty-state';
import { QueryState } from '../ui/query-state';
import { Sheet, SheetContent } from '../ui/sheet';
import { useToast } from '../ui/toast';
import { CreatedKeyDialog } from './created-key-dialog';
import { KeyFormDialog } from './key-form-dialog';
import { KeysTable } from './keys-table';
import { QuotaCard } from './quota-card';
import { RotateKeyDialog } from './rotate-key-dialog';

/**
 * A user's keys: issue (shown once), enable/disable, edit limits, rotate (new key shown once),
 * per-key usage, delete.
 */
export function KeysSection({ user }: { user: User }) {
  const t = useT();
  const { toast } = useToast();
  const query = useQuery(userKeysQueryOptions(user.id));
  const update = useUpdateKeyMutation();
  const remove = useDeleteKeyMutation();
  const [formOpen, setFormOpen] = useState(false);
  const [editing, setEditing] = useState<ApiKey | undefined>();
  const [created, setCreated] = useState<CreatedKey | null>(null);
  const [deleting, setDeleting] = useState<ApiKey | null>(null);
  const [rotating, setRotating] = useState<ApiKey | null>(null);
  const [usageOf, setUsageOf] = useState<ApiKey | null>(null);

  const openCreate = () => {
    setEditing(undefined);
    setFormOpen(true);
  };
  const fail = (error: Error) =>
    toast({ title: t('page.users.toast.failed'), description: error.message, tone: 'error' });

  return (
    <Card
      title={t('page.users.keys.title')}
      description={t('page.users.keys.description')}
      actions={
        <Button size="sm" onClick={openCreate}>
          <Plus aria-hidden />
          {t('page.users.keys.new')}
        </Button>
      }
    >
      <QueryState
        query={query}
        isEmpty={(keys) => keys.length === 0}
        empty={
          <EmptyState
            icon={KeyRound}
            title={t('page.users.keys.emptyTitle')}
            description={t('page.users.keys.emptyDescription')}
            action={<Button onClick={openCreate}>{t('page.users.keys.new')}</Button>}
          />
        }
      >
        {(keys) => (
          <KeysTable
            keys={keys}
            actions={{
              busyId: update.isPending ? update.variables.id : undefined,
              onToggle: (key, enabled) =>
                update.mutate(
                  { id: key.id, patch: { enabled } },
                  {
                    onSuccess: (saved) =>
                      toast({
                        title: t(enabled ? 'page.users.toast.keyEnabled' : 'page.users.toast.keyDisabled', {
                          name: saved.name,
                        }),
                        tone: 'success',
                      }),
                    onError: fail,
                  },
                ),
              onUsage: setUsageOf,
              onEdit: (key) => {
                setEditing(key);
                setFormOpen(true);
              },
              onRotate: setRotating,
              onDelete: setDeleting,
            }}
          />
        )}
      </QueryState>

      <KeyFormDialog
        open={formOpen}
        onOpenChange={setFormOpen}
        userId={user.id}
        apiKey={editing}
        onCreated={setCreated}
      />
      <RotateKeyDialog apiKey={rotating} onClose={() => setRotating(null)} onRotated={setCreated} />
      <CreatedKeyDialog created={created} onDismiss={() => setCreated(null)} />
      <ConfirmDialog
        open={deleting !== null}
        onOpenChange={(open) => !open && setDeleting(null)}
        title={t('page.users.key.deleteTitle', { name: deleting?.name ?? '' })}
        description={t('page.users.key.deleteDescription')}
        confirmLabel={t('page.users.action.delete')}
        destructive
        pending={remove.isPending}
        onConfirm={() => {
          if (!deleting) return;
          remove.mutate(deleting, {
            onSuccess: () => {
              toast({ title: t('page.users.toast.keyDeleted', { name: deleting.name }), tone: 'success' });
              setDeleting(null);
            },
            onError: fail,
          });
        }}
      />
      <Sheet open={usageOf !== null} onOpenChange={(open) => !open && setUsageOf(null)}>
        <SheetContent
          title={t('page.users.key.usageTitle', { name: usageOf?.name ?? '' })}
          description={t('page.users.key.usageDescription')}
        >
          {usageOf && (
            <QuotaCard
              subject={{ kind: 'key', id: usageOf.id }}
              subjectName={usageOf.name}
              title={t('page.users.quota.keyTitle')}
              className="shadow-none"
            />
          )}
        </SheetContent>
      </Sheet>
    </Card>
  );
}
