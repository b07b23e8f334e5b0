import { Gauge, Pencil, RotateCw, Trash2 } from 'lucide-react';
import type { ApiKey } from '../../api/keys';
import { useFormat } from '../../i18n/use-format';
import { useT } from '../../i18n/use-t';
import { Badge } from '../ui/badge';
import { Button } from '../ui/button';
import { Switch } from '../ui/switch';
import {
  STICKY_ACTIONS_CELL,
  STICKY_ACTIONS_HEAD,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from '../ui/table';
import { maskedKey, StatusBadge } from './key-status';
import { LastUsed } from './last-used';
import { LimitsSummary } from './limits-summary';

interface KeysTableProps {
  keys: ApiKey[];
  /** Without actions (a key holder's own view) the table is read-only. */
  actions?: {
    onToggle: (key: ApiKey, enabled: boolean) => void;
    onUsage: (key: ApiKey) => void;
    onEdit: (key: ApiKey) => void;
    onRotate: (key: ApiKey) => void;
    onDelete: (key: ApiKey) => void;
    busyId?: string | undefined;
  };
  /** Marks the key the viewer is signed in with. */
  currentKeyId?: string | undefined;
}

export function KeysTable({ keys, actions, currentKeyId }: KeysTableProps) {
  const t = useT();
  const format = useFormat();
  return (
    <Table cards>
      <TableHeader>
        <TableRow>
          <TableHead>{t('page.users.key.name')}</TableHead>
          <TableHead>{t('page.users.key.key')}</TableHead>
          <TableHead>{t('page.users.field.status')}</TableHead>
          <TableHead>{t('page.users.key.lastUsed')}</TableHead>
          <TableHead>{t('page.users.field.expiresAt')}</TableHead>
          <TableHead>{t('page.users.field.limits')}</TableHead>
          <TableHead>{t('page.users.key.created')}</TableHead>
          {actions && <TableHead className={STICKY_ACTIONS_HEAD}>{t('page.users.field.actions')}</TableHead>}
        </TableRow>
      </TableHeader>
      <TableBody>
        {keys.map((key) => (
          <TableRow key={key.id}>
            <TableCell className="min-w-28" card="title">
              <div className="font-medium text-zinc-900 dark:text-zinc-100">{key.name}</div>
              <div className="mt-1 flex flex-wrap gap-1">
                {key.consoleAccess && (
                  <Badge tone="accent" className="whitespace-nowrap">
                    {t('page.users.key.consoleAccess')}
                  </Badge>
                )}
                {key.group && <Badge>{t('page.users.key.groupBadge', { group: key.group })}</Badge>}
                {key.id === currentKeyId && (
                  <Badge tone="success" className="whitespace-nowrap">
                    {t('page.users.key.current')}
                  </Badge>
                )}
              </div>
            </TableCell>
            <TableCell label={t('page.users.key.key')}>
              <code className="font-mono text-xs whitespace-nowrap text-zinc-700 dark:text-zinc-300">
                {maskedKey(key.keyPrefix)}
              </code>
            </TableCell>
            <TableCell label={t('page.users.field.status')}>
              <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
                {actions && (
                  <Switch
                    checked={key.enabled}
                    disabled={actions.busyId === key.id}
                    onCheckedChange={(checked) => actions.onToggle(key, checked)}
                    aria-label={t(key.enabled ? 'page.users.key.disableNamed' : 'page.users.key.enableNamed', {
                      name: key.name,
                    })}
                  />
                )}
                <StatusBadge enabled={key.enabled} expiresAt={key.expiresAt} />
              </div>
            </TableCell>
            <TableCell className="min-w-20" data-testid="key-last-used" label={t('page.users.key.lastUsed')}>
              <LastUsed at={key.lastUsedAt} />
            </TableCell>
            <TableCell className="min-w-20" label={t('page.users.field.expiresAt')}>
              {key.expiresAt
                ? format.dateTime(key.expiresAt, { dateStyle: 'medium', timeStyle: 'short' })
                : t('page.users.never')}
            </TableCell>
            <TableCell className="min-w-28" label={t('page.users.field.limits')} card="wide">
              <LimitsSummary limits={key.limits} />
            </TableCell>
            <TableCell className="min-w-20" label={t('page.users.key.created')}>
              {format.dateTime(key.createdAt, { dateStyle: 'medium' })}
            </TableCell>
            {actions && (
              <TableCell className={STICKY_ACTIONS_CELL} card="actions">
                <div className="flex justify-end gap-1">
                  <Button
                    variant="ghost"
                    size="icon"
                    aria-label={t('page.users.key.usageNamed', { name: key.name })}
                    onClick={() => actions.onUsage(key)}
                  >
                    <Gauge aria-hidden />
                  </Button>
                  <Button
                    variant="ghost"
                    size="icon"
                    aria-label={t('page.users.key.editNamed', { name: key.name })}
                    onClick={() => actions.onEdit(key)}
                  >
                    <Pencil aria-hidden />
                  </Button>
                  <Button
                    variant="ghost"
                    size="icon"
                    aria-label={t('page.users.key.rotateNamed', { name: key.name })}
                    onClick={() => actions.onRotate(key)}
                  >
                    <RotateCw aria-hidden />
                  </Button>
                  <Button
                    variant="ghost"
                    size="icon"
                    aria-label={t('page.users.key.deleteNamed', { name: key.name })}
                    onClick={() => actions.onDelete(key)}
                  >
                    <Trash2 aria-hidden className="text-red-600 dark:text-red-400" />
                  </Button>
                </div>
              </TableCell>
            )}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
