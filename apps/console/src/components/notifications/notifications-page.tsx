import { useQuery } from '@tanstack/react-query';
import { Bell, Pencil, Plus, ScrollText, Send, Trash2 } from 'lucide-react';
import { useState } from 'react';
import { isApiError } from '../../api/api-error';
import {
  type NotificationTarget,
  notificationTargetsQueryOptions,
  useDeleteNotificationTargetMutation,
  useTestNotificationTargetMutation,
} from '../../api/notifications';
import { useT } from '../../i18n/use-t';
import { Badge } from '../ui/badge';
import { Button } from '../ui/button';
import { ConfirmDialog } from '../ui/confirm-dialog';
import { EmptyState } from '../ui/empty-state';
import { PageHeader } from '../ui/page-header';
import { QueryState } from '../ui/query-state';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '../ui/table';
import { useToast } from '../ui/toast';
import { DeliveriesSheet } from './deliveries-sheet';
import { TargetFormDialog } from './target-form-dialog';

const errorMessage = (error: Error) => (isApiError(error) ? (error.detail ?? error.title) : error.message);

export function NotificationsPage() {
  const t = useT();
  const { toast } = useToast();
  const query = useQuery(notificationTargetsQueryOptions());
  const test = useTestNotificationTargetMutation();
  const remove = useDeleteNotificationTargetMutation();
  const [editing, setEditing] = useState<{ target?: NotificationTarget } | null>(null);
  const [deleting, setDeleting] = useState<NotificationTarget | null>(null);
  const [logOf, setLogOf] = useState<NotificationTarget | null>(null);

  const sendTest = (target: NotificationTarget) =>
    test.mutate(target.id, {
      onSuccess: (delivery) =>
        delivery.status === 'sent'
          ? toast({ title: t('page.notifications.testSent', { name: target.name }), tone: 'success' })
          : toast({
              title: t('page.notifications.testFailed', { name: target.name }),
              description: delivery.lastError ?? undefined,
              tone: 'error',
            }),
      onError: (error) =>
        toast({
          title: t('page.notifications.testFailed', { name: target.name }),
          description: errorMessage(error),
          tone: 'error',
        }),
    });

  const confirmDelete = () => {
    if (!deleting) return;
    const { id, name } = deleting;
    remove.mutate(id, {
      onSuccess: () => toast({ title: t('page.notifications.deleted', { name }), tone: 'success' }),
      onError: (error) =>
        toast({ title: t('page.notifications.deleteFailed'), description: errorMessage(error), tone: 'error' }),
      onSettled: () => setDeleting(null),
    });
  };

  return (
    <>
      <PageHeader
        title={t('page.notifications.title')}
        description={t('page.notifications.description')}
        actions={
          <Button onClick={() => setEditing({})}>
            <Plus aria-hidden />
            {t('page.notifications.add')}
          </Button>
        }
      />
      <QueryState
        query={query}
        isEmpty={(items) => items.length === 0}
        empty={
          <EmptyState
            icon={Bell}
            title={t('page.notifications.emptyTitle')}
            description={t('page.notifications.emptyDescription')}
          />
        }
      >
        {(items) => (
          <Table>
            <TableHeader>
              <TableRow>
                <TableHead>{t('page.notifications.col.name')}</TableHead>
                <TableHead>{t('page.notifications.col.channel')}</TableHead>
                <TableHead>{t('page.notifications.col.events')}</TableHead>
                <TableHead>{t('page.notifications.col.status')}</TableHead>
                <TableHead>{t('page.notifications.col.secret')}</TableHead>
                <TableHead>{t('page.notifications.col.actions')}</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {items.map((target) => (
                <TableRow key={target.id}>
                  <TableCell className="font-medium">{target.name}</TableCell>
                  <TableCell>{t(`page.notifications.channel.${target.channel}`)}</TableCell>
                  <TableCell title={target.events.map((e) => t(`page.notifications.event.${e}`)).join('\n')}>
                    {t('page.notifications.eventCount', { count: target.events.length })}
                  </TableCell>
                  <TableCell>
                    <Badge tone={target.enabled ? 'success' : 'neutral'}>
                      {t(target.enabled ? 'page.notifications.enabled' : 'page.notifications.disabled')}
                    </Badge>
                  </TableCell>
                  <TableCell className="font-mono text-xs">{target.secretPreview}</TableCell>
                  <TableCell>
                    <div className="flex flex-wrap gap-1">
                      <Button
                        size="sm"
                        variant="secondary"
                        loading={test.isPending && test.variables === target.id}
                        onClick={() => sendTest(target)}
                      >
                        <Send aria-hidden />
                        {t('page.notifications.test')}
                      </Button>
                      <Button size="sm" variant="ghost" onClick={() => setLogOf(target)}>
                        <ScrollText aria-hidden />
                        {t('page.notifications.deliveries')}
                      </Button>
                      <Button
                        size="sm"
                        variant="ghost"
                        aria-label={`${t('page.notifications.edit')} ${target.name}`}
                        onClick={() => setEditing({ target })}
                      >
                        <Pencil aria-hidden />
                      </Button>
                      <Button
                        size="sm"
                        variant="ghost"
                        aria-label={`${t('page.notifications.delete')} ${target.name}`}
                        onClick={() => setDeleting(target)}
                      >
                        <Trash2 aria-hidden />
                      </Button>
                    </div>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </QueryState>
      <TargetFormDialog
        open={editing !== null}
        onOpenChange={(open) => !open && setEditing(null)}
        target={editing?.target}
      />
      <DeliveriesSheet target={logOf} onClose={() => setLogOf(null)} />
      <ConfirmDialog
        open={deleting !== null}
        onOpenChange={(open) => !open && setDeleting(null)}
        title={t('page.notifications.deleteTitle', { name: deleting?.name ?? '' })}
        description={t('page.notifications.deleteDescription')}
        confirmLabel={t('page.notifications.delete')}
        destructive
        pending={remove.isPending}
        onConfirm={confirmDelete}
      />
    </>
  );
}
