import { Pencil, Plug, RotateCcw, Trash2 } from 'lucide-react';
import type { Provider } from '../../api/providers';
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
import { HealthBadge } from './health-badge';
import { PROVIDER_TYPE_LABELS } from './provider-type-labels';
import { cn } from '../ui/cn';

export type ProviderAction = 'test' | 'edit' | 'reset' | 'delete' | 'details';

interface ProvidersTableProps {
  providers: readonly Provider[];
  onAction: (action: ProviderAction, provider: Provider) => void;
  onToggle: (provider: Provider, enabled: boolean) => void;
  /** Ids whose enable/disable request is in flight. */
  toggling: ReadonlySet<string>;
}

/** Whether the breaker has anything to reset. */
export const canResetCircuit = (p: Provider) =>
  p.health.status !== 'closed' || p.health.coolingDown || p.health.failures > 0;

/** Providers by priority tier, then weight: the order the router considers them in. */
export function ProvidersTable({ providers, onAction, onToggle, toggling }: ProvidersTableProps) {
  const t = useT();
  const format = useFormat();
  const sorted = [...providers].sort(
    (a, b) => a.priority - b.priority || b.weight - a.weight || a.name.localeCompare(b.name),
  );
  return (
    <Table cards>
      <TableHeader>
        <TableRow>
          <TableHead>{t('page.providers.col.name')}</TableHead>
          <TableHead>{t('page.providers.col.health')}</TableHead>
          <TableHead className="text-right">{t('page.providers.col.priority')}</TableHead>
          <TableHead className="text-right">{t('page.providers.col.weight')}</TableHead>
          <TableHead>{t('page.providers.col.groups')}</TableHead>
          <TableHead className="text-right">{t('page.providers.col.costMultiplier')}</TableHead>
          <TableHead>{t('page.providers.col.enabled')}</TableHead>
          <TableHead className={STICKY_ACTIONS_HEAD}>{t('page.providers.col.actions')}</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {sorted.map((p) => (
          <TableRow key={p.id} className={p.enabled ? undefined : 'opacity-70'}>
            <TableCell className="min-w-40" card="title">
              <button
                type="button"
                className={cn(
                  'rounded text-left font-medium text-zinc-900 hover:underline focus-visible:outline-2',
                  'focus-visible:outline-accent-500 dark:text-zinc-50',
                )}
                onClick={() => onAction('details', p)}
              >
                {p.name}
              </button>
              <div className="text-xs text-zinc-500 dark:text-zinc-400">{PROVIDER_TYPE_LABELS[p.type]}</div>
              <div className="max-w-44 truncate font-mono text-xs text-zinc-500 dark:text-zinc-400" title={p.baseUrl}>
                {p.baseUrl}
              </div>
            </TableCell>
            <TableCell label={t('page.providers.col.health')} card="wide">
              <HealthBadge health={p.health} enabled={p.enabled} />
            </TableCell>
            <TableCell className="text-right tabular-nums" label={t('page.providers.col.priority')}>
              {format.number(p.priority)}
            </TableCell>
            <TableCell className="text-right tabular-nums" label={t('page.providers.col.weight')}>
              {format.number(p.weight)}
            </TableCell>
            <TableCell label={t('page.providers.col.groups')}>
              <div className="flex max-w-32 min-w-0 flex-wrap gap-1">
                {p.groups.map((g) => (
                  <Badge key={g} tone="accent" className="max-w-full" title={g}>
                    <span className="min-w-0 truncate">{g}</span>
                  </Badge>
                ))}
              </div>
            </TableCell>
            <TableCell className="text-right tabular-nums" label={t('page.providers.col.costMultiplier')}>
              ×{format.number(Number(p.costMultiplier), { maximumFractionDigits: 4 })}
            </TableCell>
            <TableCell label={t('page.providers.col.enabled')}>
              <Switch
                checked={p.enabled}
                disabled={toggling.has(p.id)}
                onCheckedChange={(on) => onToggle(p, on)}
                aria-label={t('page.providers.action.toggle', { name: p.name })}
              />
            </TableCell>
            <TableCell className={STICKY_ACTIONS_CELL} card="actions">
              <div className="flex justify-end gap-0.5">
                <Button
                  variant="ghost"
                  size="icon"
                  aria-label={t('page.providers.action.test', { name: p.name })}
                  title={t('page.providers.action.testShort')}
                  onClick={() => onAction('test', p)}
                >
                  <Plug aria-hidden />
                </Button>
                <Button
                  variant="ghost"
                  size="icon"
                  aria-label={t('page.providers.action.edit', { name: p.name })}
                  title={t('page.providers.action.editShort')}
                  onClick={() => onAction('edit', p)}
                >
                  <Pencil aria-hidden />
                </Button>
                <Button
                  variant="ghost"
                  size="icon"
                  disabled={!canResetCircuit(p)}
                  aria-label={t('page.providers.action.reset', { name: p.name })}
                  title={t('page.providers.action.resetShort')}
                  onClick={() => onAction('reset', p)}
                >
                  <RotateCcw aria-hidden />
                </Button>
                <Button
                  variant="ghost"
                  size="icon"
                  className="text-red-600 hover:bg-red-50 hover:text-red-700 dark:text-red-400 dark:hover:bg-red-950"
                  aria-label={t('page.providers.action.delete', { name: p.name })}
                  title={t('page.providers.action.deleteShort')}
                  onClick={() => onAction('delete', p)}
                >
                  <Trash2 aria-hidden />
                </Button>
              </div>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
