import { useQuery } from '@tanstack/react-query';
import { SlidersHorizontal, X } from 'lucide-react';
import { type FormEvent, useEffect, useState } from 'react';
import { userKeysQueryOptions } from '../../api/keys';
import { LOG_RANGES, type LogFilters as Filters, STATUS_CLASSES } from '../../api/logs';
import { useT } from '../../i18n/use-t';
import { Button } from '../ui/button';
import { Field } from '../ui/field';
import { Input } from '../ui/input';
import { cn } from '../ui/cn';
import { Select } from '../ui/select';
import type { useNames } from './use-names';

/** Radix Select cannot hold an empty value; this one stands for "any". */
const ANY = '__any';

const RANGE_LABEL = {
  '1h': 'page.logs.range.1h',
  '24h': 'page.logs.range.24h',
  '7d': 'page.logs.range.7d',
  '30d': 'page.logs.range.30d',
  all: 'page.logs.range.all',
} as const;
const STATUS_LABEL = {
  '2xx': 'page.logs.status.2xx',
  '4xx': 'page.logs.status.4xx',
  '5xx': 'page.logs.status.5xx',
} as const;

interface LogFiltersProps {
  filters: Filters;
  onChange: (filters: Filters) => void;
  names: ReturnType<typeof useNames>;
}

function pick<T extends string>(value: string, allowed: readonly T[]): T | undefined {
  return (allowed as readonly string[]).includes(value) ? (value as T) : undefined; // checked just before
}

/** Time range, user, key, provider, status, model and session filters; text fields apply on Enter or blur. */
export function LogFilters({ filters, onChange, names }: LogFiltersProps) {
  const t = useT();
  const keys = useQuery({ ...userKeysQueryOptions(filters.userId ?? ''), enabled: filters.userId !== undefined });
  const [model, setModel] = useState(filters.model ?? '');
  const [session, setSession] = useState(filters.sessionId ?? '');
  useEffect(() => setModel(filters.model ?? ''), [filters.model]);
  useEffect(() => setSession(filters.sessionId ?? ''), [filters.sessionId]);

  const set = (patch: Partial<Filters>) => {
    const next: Filters = { ...filters, ...patch };
    for (const key of Object.keys(next) as (keyof Filters)[])
      if (next[key] === undefined || next[key] === '') delete next[key];
    onChange(next);
  };
  const applyText = () => {
    const nextModel = model.trim() || undefined;
    const nextSession = session.trim() || undefined;
    if (nextModel !== filters.model || nextSession !== filters.sessionId)
      set({ model: nextModel, sessionId: nextSession });
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    applyText();
  };
  const active = Object.keys(filters).length > 0;
  // On phones the seven fields fold away behind a toggle; from `sm` up they are always shown.
  const [expanded, setExpanded] = useState(false);

  return (
    <>
      <Button
        variant="secondary"
        className="w-full sm:hidden"
        aria-expanded={expanded}
        aria-controls="log-filters"
        onClick={() => setExpanded((open) => !open)}
      >
        <SlidersHorizontal aria-hidden />
        {active ? t('page.logs.filtersActive', { count: Object.keys(filters).length }) : t('page.logs.filters')}
      </Button>
      <form
        id="log-filters"
        onSubmit={submit}
        aria-label={t('page.logs.filters')}
        className={cn('grid-cols-1 gap-3 sm:grid sm:grid-cols-2 lg:grid-cols-4', expanded ? 'grid' : 'hidden')}
      >
        <Field label={t('page.logs.filter.range')} htmlFor="log-range">
          <Select
            id="log-range"
            value={filters.range ?? 'all'}
            onValueChange={(v) => set({ range: v === 'all' ? undefined : pick(v, LOG_RANGES) })}
            options={LOG_RANGES.map((r) => ({ value: r, label: t(RANGE_LABEL[r]) }))}
          />
        </Field>
        <Field label={t('page.logs.filter.user')} htmlFor="log-user">
          <Select
            id="log-user"
            value={filters.userId ?? ANY}
            onValueChange={(v) => set({ userId: v === ANY ? undefined : v, keyId: undefined })}
            options={[
              { value: ANY, label: t('page.logs.filter.anyUser') },
              ...names.users.map((u) => ({ value: u.id, label: u.name })),
            ]}
          />
        </Field>
        <Field label={t('page.logs.filter.key')} htmlFor="log-key">
          <Select
            id="log-key"
            value={filters.keyId ?? ANY}
            disabled={filters.userId === undefined}
            onValueChange={(v) => set({ keyId: v === ANY ? undefined : v })}
            placeholder={t('page.logs.filter.keyNeedsUser')}
            options={[
              {
                value: ANY,
                label: filters.userId === undefined ? t('page.logs.filter.keyNeedsUser') : t('page.logs.filter.anyKey'),
              },
              ...(keys.data ?? []).map((k) => ({ value: k.id, label: `${k.name} (${k.keyPrefix}…)` })),
            ]}
          />
        </Field>
        <Field label={t('page.logs.filter.provider')} htmlFor="log-provider">
          <Select
            id="log-provider"
            value={filters.providerId ?? ANY}
            onValueChange={(v) => set({ providerId: v === ANY ? undefined : v })}
            options={[
              { value: ANY, label: t('page.logs.filter.anyProvider') },
              ...names.providers.map((p) => ({ value: p.id, label: p.name })),
            ]}
          />
        </Field>
        <Field label={t('page.logs.filter.status')} htmlFor="log-status">
          <Select
            id="log-status"
            value={filters.status ?? ANY}
            onValueChange={(v) => set({ status: pick(v, STATUS_CLASSES) })}
            options={[
              { value: ANY, label: t('page.logs.filter.anyStatus') },
              ...STATUS_CLASSES.map((s) => ({ value: s, label: t(STATUS_LABEL[s]) })),
            ]}
          />
        </Field>
        <Field label={t('page.logs.filter.model')} htmlFor="log-model">
          <Input
            id="log-model"
            value={model}
            placeholder={t('page.logs.filter.modelPlaceholder')}
            onChange={(e) => setModel(e.target.value)}
            onBlur={applyText}
            autoComplete="off"
            spellCheck={false}
          />
        </Field>
        <Field label={t('page.logs.filter.session')} htmlFor="log-session">
          <Input
            id="log-session"
            value={session}
            placeholder={t('page.logs.filter.sessionPlaceholder')}
            onChange={(e) => setSession(e.target.value)}
            onBlur={applyText}
            autoComplete="off"
            spellCheck={false}
          />
        </Field>
        <div className="flex items-end">
          {/* Enter in a text field submits the form; the hidden button makes that work in every browser. */}
          <button type="submit" hidden />
          {active && (
            <Button variant="ghost" onClick={() => onChange({})}>
              <X aria-hidden />
              {t('page.logs.clearFilters')}
            </Button>
          )}
        </div>
      </form>
    </>
  );
}
