import { useQuery } from '@tanstack/react-query';
import { KeyRound } from 'lucide-react';
import { meKeysQueryOptions, meQueryOptions, meUsageQueryOptions } from '../../api/me';
import { useFormat } from '../../i18n/use-format';
import { useT } from '../../i18n/use-t';
import { Badge } from '../ui/badge';
import { Card } from '../ui/card';
import { EmptyState } from '../ui/empty-state';
import { PageHeader } from '../ui/page-header';
import { QueryState } from '../ui/query-state';
import { KeysTable } from '../users/keys-table';
import { maskedKey } from '../users/key-status';
import { UsageBars } from '../users/usage-bars';
import { MeStats } from './me-stats';

/** A key holder's own view: who they are, spend and quotas, their keys. */
export function MePage({ sessionName }: { sessionName: string }) {
  const t = useT();
  const format = useFormat();
  const me = useQuery(meQueryOptions());
  const usage = useQuery(meUsageQueryOptions());
  const keys = useQuery(meKeysQueryOptions());
  const currentKeyId = me.data?.key?.id;

  return (
    <>
      <PageHeader
        title={t('page.me.title')}
        description={t('page.me.description')}
        actions={<Badge tone="accent">{t('page.me.greeting', { name: sessionName })}</Badge>}
      />
      <div className="space-y-6">
        <QueryState query={me}>
          {({ user, key }) => (
            <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
              <Card title={t('page.me.user')}>
                <p className="text-lg font-semibold text-zinc-900 dark:text-zinc-50">{user?.name ?? sessionName}</p>
                {user?.group && (
                  <p className="mt-1 text-sm text-zinc-500 dark:text-zinc-400">
                    {t('page.me.group', { group: user.group })}
                  </p>
                )}
                {user?.expiresAt && (
                  <p className="mt-1 text-sm text-zinc-500 dark:text-zinc-400">
                    {t('page.me.expires', {
                      date: format.dateTime(user.expiresAt, { dateStyle: 'medium', timeStyle: 'short' }),
                    })}
                  </p>
                )}
              </Card>
              <Card title={t('page.me.key')}>
                {key ? (
                  <>
                    <p className="text-lg font-semibold text-zinc-900 dark:text-zinc-50">{key.name}</p>
                    <code className="mt-1 block font-mono text-sm text-zinc-600 dark:text-zinc-400">
                      {maskedKey(key.keyPrefix)}
                    </code>
                    {key.expiresAt && (
                      <p className="mt-1 text-sm text-zinc-500 dark:text-zinc-400">
                        {t('page.me.expires', {
                          date: format.dateTime(key.expiresAt, { dateStyle: 'medium', timeStyle: 'short' }),
                        })}
                      </p>
                    )}
                  </>
                ) : (
                  <p className="text-sm text-zinc-500 dark:text-zinc-400">{t('page.me.noKey')}</p>
                )}
              </Card>
            </div>
          )}
        </QueryState>

        <MeStats />

        <div className="grid grid-cols-1 items-start gap-6 lg:grid-cols-2">
          <Card title={t('page.me.userQuotas')} description={t('page.me.userQuotasDescription')}>
            <QueryState query={usage}>{({ user }) => <UsageBars entries={user?.entries ?? []} />}</QueryState>
          </Card>
          <Card title={t('page.me.keyQuotas')} description={t('page.me.keyQuotasDescription')}>
            <QueryState query={usage}>{({ key }) => <UsageBars entries={key?.entries ?? []} />}</QueryState>
          </Card>
        </div>

        <Card title={t('page.me.keys')} description={t('page.me.keysDescription')}>
          <QueryState
            query={keys}
            isEmpty={(items) => items.length === 0}
            empty={<EmptyState icon={KeyRound} title={t('page.me.keysEmpty')} />}
          >
            {(items) => <KeysTable keys={items} currentKeyId={currentKeyId} />}
          </QueryState>
        </Card>
      </div>
    </>
  );
}
