import { useQuery } from '@tanstack/react-query';
import { Radio } from 'lucide-react';
import { useState } from 'react';
import {
  type Session,
  type SessionFilters as Filters,
  SESSIONS_REFRESH_MS,
  sessionsQueryOptions,
} from '../../api/sessions';
import { useFormat } from '../../i18n/use-format';
import { useT } from '../../i18n/use-t';
import { EmptyState } from '../ui/empty-state';
import { PageHeader } from '../ui/page-header';
import { QueryState } from '../ui/query-state';
import { Spinner } from '../ui/spinner';
import { SessionFilters } from './session-filters';
import { SessionRequestsSheet } from './session-requests-sheet';
import { SessionsTable } from './sessions-table';
import { cn } from '../ui/cn';

/**
 * Live or recent sessions, filtered by user, key and provider, refreshed every few seconds; a session
 * opens its requests in a drawer.
 */
export function SessionsPage() {
  const t = useT();
  const format = useFormat();
  const [filters, setFilters] = useState<Filters>({});
  const query = useQuery(sessionsQueryOptions(filters));
  const recent = filters.scope === 'recent';
  const [openId, setOpenId] = useState<string | null>(null);
  // Keep the drawer's session even after it drops out of the live list (TTL expired while reading).
  const [opened, setOpened] = useState<Session | null>(null);
  const open = openId === null ? null : (query.data?.find((s) => s.id === openId) ?? opened);

  const live = (
    <p className="flex items-center gap-2 text-xs text-zinc-500 dark:text-zinc-400" aria-live="off">
      <span className="relative flex size-2">
        <span
          className={cn(
            'absolute inline-flex size-full animate-ping rounded-full bg-emerald-400 opacity-60',
            'motion-reduce:hidden',
          )}
        />
        <span className="relative inline-flex size-2 rounded-full bg-emerald-500" />
      </span>
      {t('page.sessions.live', { seconds: format.number(SESSIONS_REFRESH_MS / 1000) })}
      {query.isFetching && query.status === 'success' && <Spinner className="size-3" />}
    </p>
  );

  return (
    <>
      <PageHeader title={t('page.sessions.title')} description={t('page.sessions.description')} actions={live} />
      <SessionFilters filters={filters} onChange={setFilters} />
      <QueryState
        query={query}
        isEmpty={(items) => items.length === 0}
        empty={
          <EmptyState
            icon={Radio}
            title={t(recent ? 'page.sessions.emptyRecentTitle' : 'page.sessions.emptyTitle')}
            description={t('page.sessions.emptyDescription')}
          />
        }
      >
        {(sessions) => (
          <>
            <p className="mb-3 text-sm text-zinc-600 dark:text-zinc-400">
              {t(recent ? 'page.sessions.countRecent' : 'page.sessions.count', {
                count: format.number(sessions.length),
              })}
            </p>
            <SessionsTable
              sessions={sessions}
              onOpen={(s) => {
                setOpened(s);
                setOpenId(s.id);
              }}
            />
          </>
        )}
      </QueryState>
      <SessionRequestsSheet session={open} onOpenChange={(next) => !next && setOpenId(null)} />
    </>
  );
}
