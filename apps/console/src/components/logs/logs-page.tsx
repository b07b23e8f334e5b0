import { useInfiniteQuery, useQuery, useQueryClient } from '@tanstack/react-query';
import { Download, ScrollText, SearchX } from 'lucide-react';
import { useState } from 'react';
import {
  type LogFilters as Filters,
  LOGS_LIVE_REFRESH_MS,
  liveLogsQueryOptions,
  logsCsvUrl,
  logsQueryOptions,
} from '../../api/logs';
import { useFormat } from '../../i18n/use-format';
import { useT } from '../../i18n/use-t';
import { Button } from '../ui/button';
import { EmptyState } from '../ui/empty-state';
import { PageHeader } from '../ui/page-header';
import { QueryState } from '../ui/query-state';
import { Spinner } from '../ui/spinner';
import { Switch } from '../ui/switch';
import { LogDetailSheet } from './log-detail-sheet';
import { LogFilters } from './log-filters';
import { LogsTable } from './logs-table';
import { useNames } from './use-names';

interface LogsPageProps {
  filters: Filters;
  onFiltersChange: (filters: Filters) => void;
}

/** Request logs: filters (kept in the URL), newest first, "load more", live refresh, CSV export, detail drawer. */
export function LogsPage({ filters, onFiltersChange }: LogsPageProps) {
  const t = useT();
  const format = useFormat();
  const names = useNames();
  const [live, setLive] = useState(false);
  const [openId, setOpenId] = useState<number | null>(null);
  const queryClient = useQueryClient();
  const query = useInfiniteQuery(logsQueryOptions(filters));
  const newer = useQuery(liveLogsQueryOptions(queryClient, filters, live && query.isSuccess));
  const filtered = Object.keys(filters).length > 0;

  return (
    <>
      <PageHeader
        title={t('page.logs.title')}
        description={t('page.logs.description')}
        actions={
          <>
            <div className="flex h-10 items-center gap-2 rounded-lg border border-zinc-200 px-3 dark:border-zinc-800">
              <Switch id="logs-live" checked={live} onCheckedChange={setLive} aria-describedby="logs-live-hint" />
              <label htmlFor="logs-live" className="text-sm font-medium text-zinc-800 dark:text-zinc-200">
                {t('page.logs.live')}
              </label>
              <span id="logs-live-hint" className="sr-only">
                {t('page.logs.liveHint', { seconds: LOGS_LIVE_REFRESH_MS / 1000 })}
              </span>
              {live && newer.isFetching && <Spinner className="size-3.5" />}
            </div>
            <Button variant="secondary" asChild>
              {/* The browser downloads it with the session cookie; the time range is fixed when clicked. */}
              <a href={logsCsvUrl(filters, Date.now())} download="request-logs.csv">
                <Download aria-hidden />
                {t('page.logs.exportCsv')}
              </a>
            </Button>
          </>
        }
      />
      <div className="space-y-4">
        <LogFilters filters={filters} onChange={onFiltersChange} names={names} />
        <QueryState
          query={query}
          isEmpty={(data) => data.pages.every((page) => page.items.length === 0)}
          empty={
            filtered ? (
              <EmptyState
                icon={SearchX}
                title={t('page.logs.noMatchTitle')}
                description={t('page.logs.noMatchDescription')}
                action={
                  <Button variant="secondary" onClick={() => onFiltersChange({})}>
                    {t('page.logs.clearFilters')}
                  </Button>
                }
              />
            ) : (
              <EmptyState
                icon={ScrollText}
                title={t('page.logs.emptyTitle')}
                description={t('page.logs.emptyDescription')}
              />
            )
          }
        >
          {(data) => {
            const logs = data.pages.flatMap((page) => page.items);
            return (
              <>
                <LogsTable logs={logs} names={names} onOpen={setOpenId} />
                <div className="flex flex-col items-center gap-2 py-2">
                  {query.hasNextPage ? (
                    <>
                      <Button
                        variant="secondary"
                        loading={query.isFetchingNextPage}
                        onClick={() => void query.fetchNextPage()}
                      >
                        {t('page.logs.loadMore')}
                      </Button>
                      <p className="text-xs text-zinc-500 dark:text-zinc-400">
                        {t('page.logs.shown', { count: format.number(logs.length) })}
                      </p>
                    </>
                  ) : (
                    <p className="text-xs text-zinc-500 dark:text-zinc-400">
                      {t('page.logs.allShown', { count: format.number(logs.length) })}
                    </p>
                  )}
                </div>
              </>
            );
          }}
        </QueryState>
      </div>
      <LogDetailSheet id={openId} onClose={() => setOpenId(null)} names={names} />
    </>
  );
}
