import { Radio } from 'lucide-react';
import type { LogSummary } from '../../api/logs';
import { useFormat } from '../../i18n/use-format';
import { useT } from '../../i18n/use-t';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '../ui/table';
import { DROP, lookup } from './decision-timeline';
import { formatDuration } from './format-duration';
import { StatusBadge } from './status-badge';
import type { useNames } from './use-names';

interface LogsTableProps {
  logs: LogSummary[];
  names: ReturnType<typeof useNames>;
  onOpen: (id: number) => void;
}

/** One row per request; the time is a button that opens the detail drawer. */
export function LogsTable({ logs, names, onOpen }: LogsTableProps) {
  const t = useT();
  const format = useFormat();
  const nameOr = (name: string | null, id: string | null) =>
    id === null ? <span className="text-zinc-400">—</span> : (name ?? <span className="font-mono text-xs">{id}</span>);
  return (
    <Table cards aria-label={t('page.logs.title')}>
      <TableHeader>
        <TableRow>
          <TableHead>{t('page.logs.col.time')}</TableHead>
          <TableHead>{t('page.logs.col.user')}</TableHead>
          <TableHead>{t('page.logs.col.provider')}</TableHead>
          <TableHead>{t('page.logs.col.model')}</TableHead>
          <TableHead>{t('page.logs.col.status')}</TableHead>
          <TableHead className="text-right">{t('page.logs.col.tokens')}</TableHead>
          <TableHead className="text-right">{t('page.logs.col.cost')}</TableHead>
          <TableHead className="text-right">{t('page.logs.col.duration')}</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {logs.map((log) => (
          <TableRow key={log.id} className="cursor-pointer" onClick={() => onOpen(log.id)}>
            <TableCell className="whitespace-nowrap" card="title">
              <button
                type="button"
                className="rounded text-left font-medium text-accent-700 hover:underline dark:text-accent-300"
                aria-label={t('page.logs.viewDetails', { id: log.id })}
                onClick={(event) => {
                  event.stopPropagation();
                  onOpen(log.id);
                }}
              >
                {format.dateTime(log.createdAt, { dateStyle: 'short', timeStyle: 'medium' })}
              </button>
            </TableCell>
            <TableCell className="min-w-24 break-words" label={t('page.logs.col.user')}>
              {nameOr(names.userName(log.userId), log.userId)}
            </TableCell>
            <TableCell className="min-w-24 break-words" label={t('page.logs.col.provider')}>
              {nameOr(names.providerName(log.providerId), log.providerId)}
            </TableCell>
            <TableCell className="max-w-64" label={t('page.logs.col.model')}>
              <div className="flex items-center gap-1.5">
                <span className="truncate font-mono text-xs text-zinc-900 dark:text-zinc-100">
                  {log.requestedModel || '—'}
                </span>
                {log.isStream && (
                  <Radio className="size-3.5 shrink-0 text-zinc-400" aria-label={t('page.logs.stream')} />
                )}
              </div>
              {log.upstreamModel && log.upstreamModel !== log.requestedModel && (
                <div className="truncate text-xs text-zinc-500 dark:text-zinc-400">
                  {t('page.logs.redirected', { model: log.upstreamModel })}
                </div>
              )}
            </TableCell>
            <TableCell className="max-w-72" label={t('page.logs.col.status')}>
              <StatusBadge status={log.statusCode} errorClass={log.errorClass} />
              {log.decision.attempts === 0 && log.decision.filtered.length > 0 && (
                <div className="mt-1 text-xs text-zinc-500 dark:text-zinc-400">
                  {t('page.logs.filteredSummary', {
                    reasons: log.decision.filtered
                      .map(({ reason, count }) =>
                        t('page.logs.filteredReason', { count, reason: lookup(DROP, reason, t) }),
                      )
                      .join(', '),
                  })}
                </div>
              )}
            </TableCell>
            <TableCell className="min-w-20 text-right tabular-nums" label={t('page.logs.col.tokens')}>
              {t('page.logs.tokensInOut', {
                input: format.compact(
                  log.inputTokens + log.cacheReadTokens + log.cacheWrite5mTokens + log.cacheWrite1hTokens,
                ),
                output: format.compact(log.outputTokens),
              })}
            </TableCell>
            <TableCell className="text-right whitespace-nowrap tabular-nums" label={t('page.logs.col.cost')}>
              <Cost log={log} />
            </TableCell>
            <TableCell className="text-right whitespace-nowrap tabular-nums" label={t('page.logs.col.duration')}>
              {formatDuration(format, log.durationMs)}
              {log.ttfbMs !== null && (
                <div className="text-xs text-zinc-500 dark:text-zinc-400">
                  {t('page.logs.ttfbShort', { duration: formatDuration(format, log.ttfbMs) })}
                </div>
              )}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/** The cost, marked when it rests on another model's price (≈) or on none at all. */
function Cost({ log }: { log: LogSummary }) {
  const t = useT();
  const format = useFormat();
  const { price, estimatedFrom } = log.decision;
  if (price === 'estimated') {
    const note = t('page.logs.price.estimated', { model: estimatedFrom ?? '' });
    return (
      <span title={note}>
        ≈ {format.money(Number(log.costUsd))}
        <span className="sr-only"> ({note})</span>
      </span>
    );
  }
  if (price === 'missing') {
    const note = t('page.logs.price.missing');
    return (
      <span title={note} className="text-amber-700 dark:text-amber-300">
        {format.money(0)} *<span className="sr-only"> ({note})</span>
      </span>
    );
  }
  return <>{format.money(Number(log.costUsd))}</>;
}
