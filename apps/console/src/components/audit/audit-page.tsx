import { useInfiniteQuery } from '@tanstack/react-query';
import { ClipboardList } from 'lucide-react';
import { useState } from 'react';
import { type AuditFilters, auditQueryOptions } from '../../api/audit';
import { isApiError } from '../../api/api-error';
import { useT } from '../../i18n/use-t';
import { Button } from '../ui/button';
import { EmptyState } from '../ui/empty-state';
import { Input } from '../ui/input';
import { PageHeader } from '../ui/page-header';
import { Select } from '../ui/select';
import { Spinner } from '../ui/spinner';
import { AuditEntryCard } from './audit-entry-card';

/** Action prefixes an admin filters by ('' = every action). */
const AREAS = ['', 'provider', 'user', 'key', 'price', 'settings', 'error-rule', 'rectifier', 'data'] as const;

/** Every recorded admin action, newest first, filterable by area, actor and days. */
export function AuditPage() {
  const t = useT();
  const [filters, setFilters] = useState<AuditFilters>({ action: '', actor: '', fromDay: '', toDay: '' });
  const query = useInfiniteQuery(auditQueryOptions(filters));
  const entries = query.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <>
      <PageHeader title={t('page.audit.title')} description={t('page.audit.description')} />
      <div className="mb-4 grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <Select
          aria-label={t('page.audit.filter.area')}
          value={filters.action === '' ? 'all' : filters.action}
          onValueChange={(value) => setFilters({ ...filters, action: value === 'all' ? '' : value })}
          options={AREAS.map((area) => ({
            value: area === '' ? 'all' : area,
            label: area === '' ? t('page.audit.filter.allAreas') : area,
          }))}
        />
        <Input
          type="search"
          aria-label={t('page.audit.filter.actor')}
          placeholder={t('page.audit.filter.actor')}
          value={filters.actor}
          onChange={(event) => setFilters({ ...filters, actor: event.target.value })}
        />
        <Input
          type="date"
          aria-label={t('page.audit.filter.from')}
          value={filters.fromDay}
          onChange={(event) => setFilters({ ...filters, fromDay: event.target.value })}
        />
        <Input
          type="date"
          aria-label={t('page.audit.filter.to')}
          value={filters.toDay}
          onChange={(event) => setFilters({ ...filters, toDay: event.target.value })}
        />
      </div>
      {query.status === 'pending' && (
        <div className="flex justify-center py-10">
          <Spinner className="size-5" label={t('page.audit.loading')} />
        </div>
      )}
      {query.status === 'error' && (
        <p role="alert" className="text-sm text-red-700 dark:text-red-300">
          {isApiError(query.error) ? (query.error.detail ?? query.error.title) : String(query.error)}
        </p>
      )}
      {query.status === 'success' && entries.length === 0 && (
        <EmptyState
          icon={ClipboardList}
          title={t('page.audit.emptyTitle')}
          description={t('page.audit.emptyDescription')}
        />
      )}
      {entries.length > 0 && (
        <ol aria-label={t('page.audit.title')} className="flex flex-col gap-3">
          {entries.map((entry) => (
            <AuditEntryCard key={entry.id} entry={entry} />
          ))}
        </ol>
      )}
      {query.hasNextPage && (
        <div className="mt-4 flex justify-center">
          <Button variant="secondary" loading={query.isFetchingNextPage} onClick={() => void query.fetchNextPage()}>
            {t('page.audit.more')}
          </Button>
        </div>
      )}
    </>
  );
}
