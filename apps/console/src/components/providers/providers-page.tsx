import { useQuery } from '@tanstack/react-query';
import { Plus, Server } from 'lucide-react';
import { useState } from 'react';
import { isApiError } from '../../api/api-error';
import {
  type Provider,
  providersQueryOptions,
  useDeleteProviderMutation,
  useResetCircuitMutation,
  useUpdateProviderMutation,
} from '../../api/providers';
import { useT } from '../../i18n/use-t';
import { Button } from '../ui/button';
import { ConfirmDialog } from '../ui/confirm-dialog';
import { EmptyState } from '../ui/empty-state';
import { PageHeader } from '../ui/page-header';
import { QueryState } from '../ui/query-state';
import { useToast } from '../ui/toast';
import { ProviderDetailsSheet } from './provider-details-sheet';
import { ProviderFormDialog } from './provider-form-dialog';
import { type ProviderAction, ProvidersTable } from './providers-table';
import { TestConnectionDialog } from './test-connection-dialog';

type Open = { kind: ProviderAction | 'create'; id: string | null } | null;

const errorText = (error: unknown) => (isApiError(error) ? (error.detail ?? error.title) : String(error));

/** The providers page: list with health, and every action on a provider. */
export function ProvidersPage() {
  const t = useT();
  const { toast } = useToast();
  const query = useQuery(providersQueryOptions());
  const [open, setOpen] = useState<Open>(null);
  const [toggling, setToggling] = useState<ReadonlySet<string>>(new Set());
  const update = useUpdateProviderMutation();
  const reset = useResetCircuitMutation();
  const remove = useDeleteProviderMutation();

  // Look the provider up in the live list, so a dialog shows fresh health after a refetch.
  const current = (kind: ProviderAction): Provider | null =>
    open?.kind === kind ? (query.data?.find((p) => p.id === open.id) ?? null) : null;
  const close = () => setOpen(null);

  const onToggle = (provider: Provider, enabled: boolean) => {
    setToggling((prev) => new Set(prev).add(provider.id));
    update.mutate(
      { id: provider.id, patch: { enabled } },
      {
        onSuccess: (saved) =>
          toast({
            tone: 'success',
            title: t(saved.enabled ? 'page.providers.toast.enabled' : 'page.providers.toast.disabled', {
              name: saved.name,
            }),
          }),
        onError: (error) =>
          toast({
            tone: 'error',
            title: t('page.providers.toast.toggleFailed', { name: provider.name }),
            description: errorText(error),
          }),
        onSettled: () =>
          setToggling((prev) => {
            const next = new Set(prev);
            next.delete(provider.id);
            return next;
          }),
      },
    );
  };

  const resetTarget = current('reset');
  const deleteTarget = current('delete');
  const editTarget = current('edit');
  const createButton = (
    <Button onClick={() => setOpen({ kind: 'create', id: null })}>
      <Plus aria-hidden />
      {t('page.providers.add')}
    </Button>
  );

  return (
    <>
      <PageHeader
        title={t('page.providers.title')}
        description={t('page.providers.description')}
        actions={createButton}
      />
      <QueryState
        query={query}
        isEmpty={(items) => items.length === 0}
        empty={
          <EmptyState
            icon={Server}
            title={t('page.providers.emptyTitle')}
            description={t('page.providers.emptyDescription')}
            action={createButton}
          />
        }
      >
        {(providers) => (
          <ProvidersTable
            providers={providers}
            toggling={toggling}
            onToggle={onToggle}
            onAction={(kind, p) => setOpen({ kind, id: p.id })}
          />
        )}
      </QueryState>

      <ProviderFormDialog
        open={open?.kind === 'create' || editTarget !== null}
        onOpenChange={(next) => !next && close()}
        provider={editTarget ?? undefined}
      />
      <TestConnectionDialog provider={current('test')} onOpenChange={(next) => !next && close()} />
      <ProviderDetailsSheet provider={current('details')} onOpenChange={(next) => !next && close()} />

      <ConfirmDialog
        open={resetTarget !== null}
        onOpenChange={(next) => !next && close()}
        title={t('page.providers.reset.title', { name: resetTarget?.name ?? '' })}
        description={t('page.providers.reset.description')}
        confirmLabel={t('page.providers.reset.confirm')}
        pending={reset.isPending}
        onConfirm={() =>
          resetTarget &&
          reset.mutate(resetTarget.id, {
            onSuccess: (saved) => {
              toast({ tone: 'success', title: t('page.providers.toast.reset', { name: saved.name }) });
              close();
            },
            onError: (error) =>
              toast({ tone: 'error', title: t('page.providers.toast.resetFailed'), description: errorText(error) }),
          })
        }
      />
      <ConfirmDialog
        open={deleteTarget !== null}
        onOpenChange={(next) => !next && close()}
        title={t('page.providers.delete.title', { name: deleteTarget?.name ?? '' })}
        description={t('page.providers.delete.description')}
        confirmLabel={t('page.providers.delete.confirm')}
        destructive
        pending={remove.isPending}
        onConfirm={() =>
          deleteTarget &&
          remove.mutate(deleteTarget.id, {
            onSuccess: () => {
              toast({ tone: 'success', title: t('page.providers.toast.deleted', { name: deleteTarget.name }) });
              close();
            },
            onError: (error) =>
              toast({ tone: 'error', title: t('page.providers.toast.deleteFailed'), description: errorText(error) }),
          })
        }
      />
    </>
  );
}
