import { useState } from 'react';
import { type User, useDeleteUserMutation, useUpdateUserMutation } from '../../api/users';
import { useT } from '../../i18n/use-t';
import { ConfirmDialog } from '../ui/confirm-dialog';
import { useToast } from '../ui/toast';

type Pending = { kind: 'delete' | 'disable'; user: User } | null;

/**
 * Enabling is immediate; disabling and deleting ask first. Returns the handlers and the
 * confirmation dialog to render.
 */
export function useUserActions({ onDeleted }: { onDeleted?: (user: User) => void } = {}) {
  const t = useT();
  const { toast } = useToast();
  const update = useUpdateUserMutation();
  const remove = useDeleteUserMutation();
  const [pending, setPending] = useState<Pending>(null);

  const fail = (error: Error) =>
    toast({ title: t('page.users.toast.failed'), description: error.message, tone: 'error' });
  const setEnabled = (user: User, enabled: boolean) =>
    update.mutate(
      { id: user.id, patch: { enabled } },
      {
        onSuccess: (saved) => {
          setPending(null);
          toast({
            title: t(enabled ? 'page.users.toast.enabled' : 'page.users.toast.disabled', { name: saved.name }),
            tone: 'success',
          });
        },
        onError: fail,
      },
    );

  const toggle = (user: User, enabled: boolean) =>
    enabled ? setEnabled(user, true) : setPending({ kind: 'disable', user });
  const requestDelete = (user: User) => setPending({ kind: 'delete', user });

  const confirm = () => {
    if (!pending) return;
    const { kind, user } = pending;
    if (kind === 'disable') return setEnabled(user, false);
    remove.mutate(user.id, {
      onSuccess: () => {
        setPending(null);
        toast({ title: t('page.users.toast.deleted', { name: user.name }), tone: 'success' });
        onDeleted?.(user);
      },
      onError: fail,
    });
  };

  const dialog = (
    <ConfirmDialog
      open={pending !== null}
      onOpenChange={(open) => !open && setPending(null)}
      title={
        pending?.kind === 'delete'
          ? t('page.users.confirm.deleteTitle', { name: pending.user.name })
          : t('page.users.confirm.disableTitle', { name: pending?.user.name ?? '' })
      }
      description={t(
        pending?.kind === 'delete' ? 'page.users.confirm.deleteDescription' : 'page.users.confirm.disableDescription',
      )}
      confirmLabel={t(pending?.kind === 'delete' ? 'page.users.action.delete' : 'page.users.action.disable')}
      destructive
      pending={update.isPending || remove.isPending}
      onConfirm={confirm}
    />
  );

  return { toggle, requestDelete, dialog, busyId: update.isPending ? update.variables.id : undefined };
}
