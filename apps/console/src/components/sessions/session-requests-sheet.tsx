import { useInfiniteQuery } from '@tanstack/react-query';
import { ChevronDown, ChevronRight } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { isApiError } from '../../api/api-error';
import { type Session, type SessionRequest, sessionRequestsQueryOptions } from '../../api/sessions';
import { useFormat } from '../../i18n/use-format';
import { useT } from '../../i18n/use-t';
import { Badge, type BadgeTone } from '../ui/badge';
import { Button } from '../ui/button';
import { CopyButton } from '../ui/copy-button';
import { Sheet, SheetContent } from '../ui/sheet';
import { Spinner } from '../ui/spinner';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '../ui/table';
import { RequestBodiesView } from './request-bodies-view';
import { shortId, useNames } from './use-names';
import { cn } from '../ui/cn';

const statusTone = (status: number): BadgeTone =>
  status >= 500 ? 'danger' : status >= 400 ? 'warning' : status >= 200 && status < 300 ? 'success' : 'neutral';

/** A drawer with one session's requests in the conversation's order, with "load more" and their stored bodies. */
export function SessionRequestsSheet({
  session,
  onOpenChange,
}: {
  session: Session | null;
  onOpenChange: (open: boolean) => void;
}) {
  const t = useT();
  const names = useNames();
  const description = session
    ? [names.user(session.userId), names.provider(session.boundProviderId ?? session.providerId)]
        .filter(Boolean)
        .join(' · ') || undefined
    : undefined;
  return (
    <Sheet open={session !== null} onOpenChange={onOpenChange}>
      <SheetContent
        className="sm:max-w-5xl!"
        title={t('page.sessions.drawer.title', { id: session ? shortId(session.id) : '' })}
        description={description}
      >
        {session && (
          <div className="flex flex-col gap-4">
            <div className="flex items-center gap-2 text-xs text-zinc-500 dark:text-zinc-400">
              <span className="min-w-0 truncate font-mono">{session.id}</span>
              <CopyButton value={session.id} label={t('page.sessions.drawer.copyId')} />
            </div>
            <Requests session={session} />
          </div>
        )}
      </SheetContent>
    </Sheet>
  );
}

function Requests({ session }: { session: Session }) {
  const t = useT();
  // the request whose stored bodies show below the table (the table scrolls sideways; they do not)
  const [open, setOpen] = useState<string | null>(null);
  const query = useInfiniteQuery(sessionRequestsQueryOptions(session.id));
  if (query.status === 'pending') {
    return (
      <div className="flex justify-center py-10">
        <Spinner className="size-5" label={t('page.sessions.drawer.loading')} />
      </div>
    );
  }
  if (query.status === 'error') {
    const detail = isApiError(query.error) ? (query.error.detail ?? query.error.title) : String(query.error);
    return (
      <div
        role="alert"
        className={cn(
          'flex flex-col items-start gap-2 rounded-lg border border-red-200 bg-red-50 p-3 text-sm',
          'text-red-800 dark:border-red-900 dark:bg-red-950/40 dark:text-red-200',
        )}
      >
        <p>{t('page.sessions.drawer.error', { detail })}</p>
        <Button variant="secondary" size="sm" loading={query.isFetching} onClick={() => void query.refetch()}>
          {t('page.sessions.retry')}
        </Button>
      </div>
    );
  }
  const rows = query.data.pages.flatMap((page) => page.items);
  const opened = rows.find((row) => row.requestId === open);
  if (rows.length === 0)
    return (
      <p className="py-6 text-center text-sm text-zinc-500 dark:text-zinc-400">{t('page.sessions.drawer.empty')}</p>
    );
  return (
    <>
      <RequestsTable rows={rows} open={open} onOpen={setOpen} />
      {opened && (
        <OpenedRequest
          key={opened.requestId}
          n={rows.indexOf(opened) + 1}
          request={opened}
          onClose={() => setOpen(null)}
        />
      )}
      {query.hasNextPage && (
        <Button
          variant="secondary"
          className="self-center"
          loading={query.isFetchingNextPage}
          onClick={() => void query.fetchNextPage()}
        >
          {t('page.sessions.drawer.more')}
        </Button>
      )}
    </>
  );
}

/** One request's stored request and answer, under the table, brought into view when opened (keyed by request). */
function OpenedRequest({ n, request, onClose }: { n: number; request: SessionRequest; onClose: () => void }) {
  const t = useT();
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    ref.current?.scrollIntoView?.({ block: 'nearest', behavior: 'smooth' });
  }, []);
  const title = t('page.sessions.bodies.title', { n, model: request.requestedModel });
  return (
    <section
      ref={ref}
      aria-label={title}
      className="flex flex-col gap-3 rounded-lg border border-zinc-200 p-4 dark:border-zinc-800"
    >
      <div className="flex items-center justify-between gap-2">
        <h3 className="text-sm font-semibold">{title}</h3>
        <Button variant="ghost" size="sm" onClick={onClose}>
          {t('page.sessions.bodies.close')}
        </Button>
      </div>
      <RequestBodiesView requestId={request.requestId} />
    </section>
  );
}

function RequestsTable({
  rows,
  open,
  onOpen,
}: {
  rows: readonly SessionRequest[];
  open: string | null;
  onOpen: (requestId: string | null) => void;
}) {
  const t = useT();
  const format = useFormat();
  const names = useNames();
  return (
    <Table>
      <TableHeader>
        <TableRow>
          <TableHead className="text-right">{t('page.sessions.req.seq')}</TableHead>
          <TableHead>{t('page.sessions.req.time')}</TableHead>
          <TableHead>{t('page.sessions.req.model')}</TableHead>
          <TableHead>{t('page.sessions.req.provider')}</TableHead>
          <TableHead>{t('page.sessions.req.status')}</TableHead>
          <TableHead className="text-right">{t('page.sessions.req.tokens')}</TableHead>
          <TableHead className="text-right">{t('page.sessions.req.cost')}</TableHead>
          <TableHead className="text-right">{t('page.sessions.req.duration')}</TableHead>
          <TableHead className="relative">
            <span className="sr-only">{t('page.sessions.req.bodies')}</span>
          </TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((r, index) => (
          <TableRow key={r.id} className={open === r.requestId ? 'bg-accent-50/60 dark:bg-accent-950/30' : undefined}>
            <TableCell className="text-right text-zinc-500 tabular-nums dark:text-zinc-400">{index + 1}</TableCell>
            <TableCell className="whitespace-nowrap" title={format.dateTime(r.createdAt)}>
              {format.dateTime(r.createdAt, { timeStyle: 'medium' })}
            </TableCell>
            <TableCell className="font-mono text-xs whitespace-nowrap">
              {r.requestedModel}
              {r.upstreamModel && r.upstreamModel !== r.requestedModel && (
                <span className="block text-zinc-500 dark:text-zinc-400">→ {r.upstreamModel}</span>
              )}
            </TableCell>
            <TableCell className="whitespace-nowrap">{names.provider(r.providerId) ?? '—'}</TableCell>
            <TableCell>
              <Badge tone={statusTone(r.statusCode)}>{r.statusCode}</Badge>
              {r.errorClass && <span className="ml-1.5 text-xs text-zinc-500 dark:text-zinc-400">{r.errorClass}</span>}
            </TableCell>
            <TableCell className="text-right whitespace-nowrap tabular-nums">
              {t('page.sessions.tokensInOut', {
                input: format.number(r.inputTokens),
                output: format.number(r.outputTokens),
              })}
            </TableCell>
            <TableCell className="text-right tabular-nums">{format.money(Number(r.costUsd))}</TableCell>
            <TableCell className="text-right whitespace-nowrap tabular-nums">
              {t('page.sessions.req.ms', { value: format.number(r.durationMs) })}
            </TableCell>
            <TableCell className="text-right whitespace-nowrap">
              {r.hasBodies ? (
                <Button
                  variant="ghost"
                  size="sm"
                  aria-expanded={open === r.requestId}
                  aria-label={t('page.sessions.req.viewLabel', { n: index + 1 })}
                  onClick={() => onOpen(open === r.requestId ? null : r.requestId)}
                >
                  {open === r.requestId ? <ChevronDown aria-hidden /> : <ChevronRight aria-hidden />}
                  {t('page.sessions.req.view')}
                </Button>
              ) : (
                <span className="text-xs text-zinc-400 dark:text-zinc-500">{t('page.sessions.req.notStored')}</span>
              )}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
