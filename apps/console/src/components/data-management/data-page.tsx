import { useT } from '../../i18n/use-t';
import { PageHeader } from '../ui/page-header';
import { ExportCard } from './export-card';
import { ImportCard } from './import-card';
import { PurgeCard } from './purge-card';
import { RetentionCard } from './retention-card';

/** Data management: export, import, log purge and retention. */
export function DataPage() {
  const t = useT();
  return (
    <>
      <PageHeader title={t('page.data.title')} description={t('page.data.description')} />
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-2">
        <ExportCard />
        <ImportCard />
        <PurgeCard />
        <RetentionCard />
      </div>
    </>
  );
}
