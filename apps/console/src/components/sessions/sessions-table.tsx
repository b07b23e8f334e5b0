import { ListTree } from 'lucide-react';
import type { Session } from '../../api/sessions';
import { useFormat } from '../../i18n/use-format';
import { useT } from '../../i18n/use-t';
import { Badge } from '../ui/badge';
import { Button } from '../ui/button';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '../ui/table';
import { shortId, useNames } from './use-names';
import { cn } from '../ui/cn';

/** Sessions, most recently active first; live ones marked. */
export function SessionsTable({
  sessions,
  onOpen,
}: {
  sessions: readonly Session[];
  onOpen: (session: Session) => void;
}) {
  const t = useT();
  const format = useFormat();
  const names = useNames();
  const sorted = [...sessions].sort((a, b) => b.lastSeenAt.localeCompare(a.lastSeenAt));
  const dash = <span className="text-zinc-400 dark:text-zinc-500">—</span>;
  return (
    <Table>
      <TableHeader>
        <TableRow>
          <TableHead>{t('page.sessions.col.session')}</TableHead>
          <TableHead>{t('page.sessions.col.user')}</TableHead>
          <TableHead>{t('page.sessions.col.provider')}</TableHead>
          <TableHead className="text-right">{t('page.sessions.col.requests')}</TableHead>
          <TableHead className="text-right">{t('page.sessions.col.tokens')}</TableHead>
          <TableHead className="text-right">{t('page.sessions.col.cost')}</TableHead>
          <TableHead>{t('page.sessions.col.firstSeen')}</TableHead>
          <TableHead>{t('page.sessions.col.lastSeen')}</TableHead>
          {/* relative: keeps the sr-only label inside the table's scroll box (it would widen the page on phones). */}
          <TableHead className="relative text-right">
            <span className="sr-only">{t('page.sessions.col.actions')}</span>
          </TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {sorted.map((s) => {
          const provider = names.provider(s.boundProviderId ?? s.providerId);
          return (
            <TableRow key={s.id}>
              <TableCell>
                <button
                  type="button"
                  className={cn(
                    'rounded font-mono text-xs text-accent-700 hover:underline focus-visible:outline-2',
                    'focus-visible:outline-accent-500 dark:text-accent-300',
                  )}
                  title={s.id}
                  onClick={() => onOpen(s)}
                >
                  {shortId(s.id)}
                </button>
                {s.live && (
                  <Badge tone="success" className="ml-1.5">
                    {t('page.sessions.liveBadge')}
                  </Badge>
                )}
              </TableCell>
              <TableCell className="whitespace-nowrap">{names.user(s.userId) ?? dash}</TableCell>
              <TableCell className="whitespace-nowrap">
                {provider ?? dash}
                {s.boundProviderId !== null && (
                  <span className="ml-1.5 text-xs text-zinc-500 dark:text-zinc-400">{t('page.sessions.bound')}</span>
                )}
              </TableCell>
              <TableCell className="text-right tabular-nums">{format.number(s.requests)}</TableCell>
              <TableCell className="text-right whitespace-nowrap tabular-nums">
                {t('page.sessions.tokensInOut', {
                  input: format.compact(s.inputTokens),
                  output: format.compact(s.outputTokens),
                })}
              </TableCell>
              <TableCell className="text-right tabular-nums">{format.money(Number(s.costUsd))}</TableCell>
              <TableCell className="whitespace-nowrap">
                {s.firstSeenAt === null
                  ? dash
                  : format.dateTime(s.firstSeenAt, { dateStyle: 'short', timeStyle: 'short' })}
              </TableCell>
              <TableCell className="whitespace-nowrap" title={format.dateTime(s.lastSeenAt)}>
                {format.relative(s.lastSeenAt)}
              </TableCell>
              <TableCell className="text-right">
                <Button
                  variant="ghost"
                  size="sm"
                  onClick={() => onOpen(s)}
                  aria-label={t('page.sessions.openLabel', { id: shortId(s.id) })}
                >
                  <ListTree aria-hidden />
                  {t('page.sessions.open')}
                </Button>
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
