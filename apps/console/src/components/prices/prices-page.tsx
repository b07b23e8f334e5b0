import { useQuery } from '@tanstack/react-query';
import { Plus, RefreshCw, Search, Tags } from 'lucide-react';
import { useDeferredValue, useState } from 'react';
import {
  type ModelPrice,
  PRICE_SOURCES,
  type PriceSource,
  pricesQueryOptions,
  useDeletePriceMutation,
  useSyncPricesMutation,
} from '../../api/prices';
import { useFormat } from '../../i18n/use-format';
import { useT } from '../../i18n/use-t';
import { Button } from '../ui/button';
import { ConfirmDialog } from '../ui/confirm-dialog';
import { EmptyState } from '../ui/empty-state';
import { Input } from '../ui/input';
import { PageHeader } from '../ui/page-header';
import { QueryState } from '../ui/query-state';
import { Select } from '../ui/select';
import { useToast } from '../ui/toast';
import { filterPrices } from './filter-prices';
import { PriceFormDialog } from './price-form-dialog';
import { sourceLabelKey } from './price-source-badge';
import { PricesTable } from './prices-table';
import { type SyncOutcome, SyncResultBanner, describeError } from './sync-result';
import { cn } from '../ui/cn';

const PAGE_SIZE = 100;
const SOURCES: readonly PriceSource[] = PRICE_SOURCES;

export function PricesPage() {
  const t = useT();
  const format = useFormat();
  const { toast } = useToast();
  const query = useQuery(pricesQueryOptions());
  const sync = useSyncPricesMutation();
  const remove = useDeletePriceMutation();

  const [search, setSearch] = useState('');
  const deferredSearch = useDeferredValue(search);
  const [source, setSource] = useState<PriceSource | 'all'>('all');
  const [limit, setLimit] = useState(PAGE_SIZE);
  const [outcome, setOutcome] = useState<SyncOutcome | null>(null);
  const [editing, setEditing] = useState<{ price?: ModelPrice } | null>(null);
  const [deleting, setDeleting] = useState<ModelPrice | null>(null);

  const runSync = () => {
    setOutcome(null);
    sync.mutate(undefined, {
      onSuccess: (result) => setOutcome({ kind: 'success', result }),
      onError: (error) => setOutcome({ kind: 'failure', error }),
    });
  };

  const confirmDelete = () => {
    if (!deleting) return;
    const model = deleting.model;
    remove.mutate(model, {
      onSuccess: () => {
        toast({ title: t('page.prices.deleted', { model }), tone: 'success' });
        setDeleting(null);
      },
      onError: (error) => {
        toast({ title: t('page.prices.deleteFailed'), description: describeError(error), tone: 'error' });
        setDeleting(null);
      },
    });
  };

  const clearFilters = () => {
    setSearch('');
    setSource('all');
  };

  return (
    <>
      <PageHeader
        title={t('page.prices.title')}
        description={t('page.prices.description')}
        actions={
          <>
            <Button variant="secondary" loading={sync.isPending} onClick={runSync}>
              {!sync.isPending && <RefreshCw aria-hidden />}
              {t('page.prices.sync')}
            </Button>
            <Button onClick={() => setEditing({})}>
              <Plus aria-hidden />
              {t('page.prices.add')}
            </Button>
          </>
        }
      />
      <div aria-live="polite">
        {sync.isPending && (
          <p className="mb-4 flex items-center gap-2 text-sm text-zinc-600 dark:text-zinc-400">
            {t('page.prices.syncing')}
          </p>
        )}
        {outcome && <SyncResultBanner outcome={outcome} onDismiss={() => setOutcome(null)} />}
      </div>
      <QueryState
        query={query}
        isEmpty={(items) => items.length === 0}
        empty={
          <EmptyState icon={Tags} title={t('page.prices.emptyTitle')} description={t('page.prices.emptyDescription')} />
        }
      >
        {(items) => {
          const matches = filterPrices(items, deferredSearch, source);
          const shown = matches.slice(0, limit);
          return (
            <div className="flex flex-col gap-4">
              <div className="flex flex-col gap-2 sm:flex-row sm:items-center">
                <div className="relative flex-1">
                  <Search
                    className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-zinc-400"
                    aria-hidden
                  />
                  <Input
                    type="search"
                    aria-label={t('page.prices.search')}
                    placeholder={t('page.prices.searchPlaceholder')}
                    value={search}
                    onChange={(e) => {
                      setSearch(e.target.value);
                      setLimit(PAGE_SIZE);
                    }}
                    className="pl-9"
                  />
                </div>
                <Select
                  aria-label={t('page.prices.sourceFilter')}
                  value={source}
                  onValueChange={(value) => {
                    setSource(value === 'all' ? 'all' : (SOURCES.find((s) => s === value) ?? 'all'));
                    setLimit(PAGE_SIZE);
                  }}
                  options={[
                    { value: 'all', label: t('page.prices.sourceAll') },
                    ...SOURCES.map((s) => ({ value: s, label: t(sourceLabelKey(s)) })),
                  ]}
                  className="sm:w-44"
                />
              </div>
              {matches.length === 0 ? (
                <EmptyState
                  icon={Search}
                  title={t('page.prices.noMatchTitle')}
                  description={t('page.prices.noMatchDescription', { search: deferredSearch.trim() })}
                  action={
                    <Button variant="secondary" onClick={clearFilters}>
                      {t('page.prices.clearFilters')}
                    </Button>
                  }
                />
              ) : (
                <>
                  <PricesTable items={shown} onEdit={(price) => setEditing({ price })} onDelete={setDeleting} />
                  <div
                    className={cn(
                      'flex flex-col gap-3 text-xs text-zinc-500',
                      'sm:flex-row sm:items-center sm:justify-between dark:text-zinc-400',
                    )}
                  >
                    <p>
                      {t('page.prices.count', {
                        shown: format.number(shown.length),
                        total: format.number(matches.length),
                      })}
                    </p>
                    {shown.length < matches.length && (
                      <Button variant="secondary" size="sm" onClick={() => setLimit(limit + PAGE_SIZE)}>
                        {t('page.prices.showMore')}
                      </Button>
                    )}
                  </div>
                  <p className="text-xs text-zinc-500 dark:text-zinc-400">{t('page.prices.unitNote')}</p>
                </>
              )}
            </div>
          );
        }}
      </QueryState>
      <PriceFormDialog
        open={editing !== null}
        onOpenChange={(open) => !open && setEditing(null)}
        price={editing?.price}
        existing={query.data ?? []}
      />
      <ConfirmDialog
        open={deleting !== null}
        onOpenChange={(open) => !open && setDeleting(null)}
        title={t('page.prices.deleteTitle', { model: deleting?.model ?? '' })}
        description={t('page.prices.deleteDescription', {
          source: deleting ? t(sourceLabelKey(deleting.source)).toLowerCase() : '',
        })}
        confirmLabel={t('page.prices.deleteConfirm')}
        destructive
        pending={remove.isPending}
        onConfirm={confirmDelete}
      />
    </>
  );
}
