import { useQuery } from '@tanstack/react-query';
import { Gauge } from 'lucide-react';
import { useState } from 'react';
import { type QuotaFilters, type QuotaKindFilter, type QuotaSort, quotasQueryOptions } from '../../api/quotas';
import { useFormat } from '../../i18n/use-format';
import { useT } from '../../i18n/use-t';
import { EmptyState } from '../ui/empty-state';
import { Input } from '../ui/input';
import { PageHeader } from '../ui/page-header';
import { QueryState } from '../ui/query-state';
import { Select } from '../ui/select';
import { QuotaRowCard } from './quota-row-card';

const SORTS: readonly QuotaSort[] = ['closest', 'reset', 'name'];
const KINDS: readonly QuotaKindFilter[] = ['all', 'user', 'key'];

function isSort(value: string): value is QuotaSort {
  return (SORTS as readonly string[]).includes(value);
}
function isKind(value: string): value is QuotaKindFilter {
  return (KINDS as readonly string[]).includes(value);
}

/** Every user and key with a limit against each of its limits, nearest to a limit first. */
export function QuotasPage() {
  const t = useT();
  const format = useFormat();
  const [filters, setFilters] = useState<QuotaFilters>({ kind: 'all', sort: 'closest', q: '' });
  const query = useQuery(quotasQueryOptions(filters));

  return (
    <>
      <PageHeader title={t('page.quotas.title')} description={t('page.quotas.description')} />
      <div className="mb-4 flex flex-wrap items-end gap-3">
        <Input
          className="w-full sm:w-64"
          type="search"
          aria-label={t('page.quotas.search')}
          placeholder={t('page.quotas.search')}
          value={filters.q}
          onChange={(event) => setFilters({ ...filters, q: event.target.value })}
        />
        <Select
          className="w-40"
          aria-label={t('page.quotas.kind.label')}
          value={filters.kind}
          onValueChange={(kind) => isKind(kind) && setFilters({ ...filters, kind })}
          options={[
            { value: 'all', label: t('page.quotas.kind.all') },
            { value: 'user', label: t('page.quotas.kind.users') },
            { value: 'key', label: t('page.quotas.kind.keys') },
          ]}
        />
        <Select
          className="w-48"
          aria-label={t('page.quotas.sort.label')}
          value={filters.sort}
          onValueChange={(sort) => isSort(sort) && setFilters({ ...filters, sort })}
          options={[
            { value: 'closest', label: t('page.quotas.sort.closest') },
            { value: 'reset', label: t('page.quotas.sort.reset') },
            { value: 'name', label: t('page.quotas.sort.name') },
          ]}
        />
      </div>
      <QueryState
        query={query}
        isEmpty={(overview) => overview.items.length === 0}
        empty={
          <EmptyState
            icon={Gauge}
            title={t('page.quotas.emptyTitle')}
            description={t('page.quotas.emptyDescription')}
          />
        }
      >
        {(overview) => (
          <>
            <p className="mb-3 text-sm text-zinc-600 dark:text-zinc-400">
              {t('page.quotas.count', {
                count: format.number(overview.items.length),
                unlimited: format.number(overview.unlimited),
              })}
            </p>
            <ul className="grid gap-3 lg:grid-cols-2">
              {overview.items.map((row) => (
                <QuotaRowCard key={`${row.subject.kind}:${row.subject.id}`} row={row} />
              ))}
            </ul>
          </>
        )}
      </QueryState>
    </>
  );
}
