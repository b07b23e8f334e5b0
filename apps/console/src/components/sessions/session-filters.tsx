import { useQuery } from '@tanstack/react-query';
import { userKeysQueryOptions } from '../../api/keys';
import { providersQueryOptions } from '../../api/providers';
import type { SessionFilters as Filters, SessionScope } from '../../api/sessions';
import { usersQueryOptions } from '../../api/users';
import { useT } from '../../i18n/use-t';
import { Field } from '../ui/field';
import { Select } from '../ui/select';
import { Tabs, TabsList, TabsTrigger } from '../ui/tabs';

/** Radix Select cannot hold an empty value; this one stands for "any". */
const ANY = '__any';

/** Live or recent sessions, and whose: user (then one of their keys) and provider. */
export function SessionFilters({ filters, onChange }: { filters: Filters; onChange: (filters: Filters) => void }) {
  const t = useT();
  const users = useQuery(usersQueryOptions());
  const providers = useQuery(providersQueryOptions());
  const keys = useQuery({ ...userKeysQueryOptions(filters.userId ?? ''), enabled: filters.userId !== undefined });
  const set = (patch: Partial<Filters>) => {
    const next: Filters = { ...filters, ...patch };
    for (const key of Object.keys(next) as (keyof Filters)[]) if (next[key] === undefined) delete next[key];
    onChange(next);
  };
  return (
    <div className="mb-4 flex flex-col gap-3">
      <Tabs
        value={filters.scope ?? 'live'}
        onValueChange={(scope) => set({ scope: scope === 'recent' ? ('recent' satisfies SessionScope) : undefined })}
      >
        <TabsList aria-label={t('page.sessions.filter.scope')}>
          <TabsTrigger value="live">{t('page.sessions.scope.live')}</TabsTrigger>
          <TabsTrigger value="recent">{t('page.sessions.scope.recent')}</TabsTrigger>
        </TabsList>
      </Tabs>
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-3">
        <Field label={t('page.logs.filter.user')} htmlFor="session-user">
          <Select
            id="session-user"
            value={filters.userId ?? ANY}
            onValueChange={(v) => set({ userId: v === ANY ? undefined : v, keyId: undefined })}
            options={[
              { value: ANY, label: t('page.logs.filter.anyUser') },
              ...(users.data ?? []).map((u) => ({ value: u.id, label: u.name })),
            ]}
          />
        </Field>
        <Field label={t('page.logs.filter.key')} htmlFor="session-key">
          <Select
            id="session-key"
            value={filters.keyId ?? ANY}
            disabled={filters.userId === undefined}
            onValueChange={(v) => set({ keyId: v === ANY ? undefined : v })}
            options={[
              {
                value: ANY,
                label: filters.userId === undefined ? t('page.logs.filter.keyNeedsUser') : t('page.logs.filter.anyKey'),
              },
              ...(keys.data ?? []).map((k) => ({ value: k.id, label: `${k.name} (${k.keyPrefix}…)` })),
            ]}
          />
        </Field>
        <Field label={t('page.logs.filter.provider')} htmlFor="session-provider">
          <Select
            id="session-provider"
            value={filters.providerId ?? ANY}
            onValueChange={(v) => set({ providerId: v === ANY ? undefined : v })}
            options={[
              { value: ANY, label: t('page.logs.filter.anyProvider') },
              ...(providers.data ?? []).map((p) => ({ value: p.id, label: p.name })),
            ]}
          />
        </Field>
      </div>
    </div>
  );
}
