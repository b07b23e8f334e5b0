import { useQuery } from '@tanstack/react-query';
import { settingsQueryOptions } from '../../api/settings';
import { useT } from '../../i18n/use-t';
import { PageHeader } from '../ui/page-header';
import { QueryState } from '../ui/query-state';
import { EnvironmentCard } from './environment-card';
import { RuntimeSettingsCard } from './runtime-settings-card';
import { SettingsForm } from './settings-form';

export function SettingsPage() {
  const t = useT();
  const query = useQuery(settingsQueryOptions());
  return (
    <>
      <PageHeader title={t('page.settings.title')} description={t('page.settings.description')} />
      <div className="mb-6">
        <RuntimeSettingsCard />
      </div>
      <div className="grid gap-6 xl:grid-cols-[minmax(0,3fr)_minmax(0,2fr)] xl:items-start">
        <QueryState query={query}>{(stored) => <SettingsForm stored={stored} />}</QueryState>
        <EnvironmentCard />
      </div>
    </>
  );
}
