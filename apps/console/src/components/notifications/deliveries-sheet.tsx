import { useQuery } from '@tanstack/react-query';
import {
  type NotificationDelivery,
  type NotificationTarget,
  notificationDeliveriesQueryOptions,
} from '../../api/notifications';
import { useFormat } from '../../i18n/use-format';
import { useT } from '../../i18n/use-t';
import { Badge, type BadgeTone } from '../ui/badge';
import { QueryState } from '../ui/query-state';
import { Sheet, SheetContent } from '../ui/sheet';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '../ui/table';

const STATUS_TONE: Record<NotificationDelivery['status'], BadgeTone> = {
  pending: 'warning',
  sent: 'success',
  failed: 'danger',
};

/** The latest deliveries of one target, refreshed while open. */
export function DeliveriesSheet({ target, onClose }: { target: NotificationTarget | null; onClose: () => void }) {
  const t = useT();
  return (
    <Sheet open={target !== null} onOpenChange={(open) => !open && onClose()}>
      {target && (
        <SheetContent
          title={t('page.notifications.log.title', { name: target.name })}
          description={t('page.notifications.log.description')}
        >
          <DeliveriesTable targetId={target.id} />
        </SheetContent>
      )}
    </Sheet>
  );
}

function DeliveriesTable({ targetId }: { targetId: string }) {
  const t = useT();
  const format = useFormat();
  const query = useQuery(notificationDeliveriesQueryOptions(targetId));
  return (
    <QueryState
      query={query}
      isEmpty={(items) => items.length === 0}
      empty={<p className="text-sm text-zinc-500 dark:text-zinc-400">{t('page.notifications.log.empty')}</p>}
    >
      {(items) => (
        <Table>
          <TableHeader>
            <TableRow>
              <TableHead>{t('page.notifications.log.time')}</TableHead>
              <TableHead>{t('page.notifications.log.message')}</TableHead>
              <TableHead>{t('page.notifications.log.status')}</TableHead>
              <TableHead>{t('page.notifications.log.attempts')}</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {items.map((delivery) => (
              <TableRow key={delivery.id}>
                <TableCell className="whitespace-nowrap text-xs">{format.dateTime(delivery.createdAt)}</TableCell>
                <TableCell>
                  <p className="text-xs text-zinc-500 dark:text-zinc-400">
                    {t(`page.notifications.event.${delivery.event}`)}
                  </p>
                  <p>{delivery.title}</p>
                  {delivery.lastError && (
                    <p className="mt-1 break-words text-xs text-red-700 dark:text-red-300">
                      {t('page.notifications.log.error')}: {delivery.lastError}
                    </p>
                  )}
                </TableCell>
                <TableCell>
                  <Badge tone={STATUS_TONE[delivery.status]}>{t(`page.notifications.status.${delivery.status}`)}</Badge>
                </TableCell>
                <TableCell className="text-right tabular-nums">{delivery.attempts}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </QueryState>
  );
}
