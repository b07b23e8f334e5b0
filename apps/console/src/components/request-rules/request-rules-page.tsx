import { useT } from '../../i18n/use-t';
import { PageHeader } from '../ui/page-header';
import { Tabs, TabsContent, TabsList, TabsTrigger } from '../ui/tabs';
import { ClientVersionsTab } from './client-versions-tab';
import { ProviderOverridesTab } from './provider-overrides-tab';
import { RequestFiltersTab } from './request-filters-tab';
import { SensitiveWordsTab } from './sensitive-words-tab';

/** Request governance: filters, sensitive words, provider overrides and client version rules. */
export function RequestRulesPage() {
  const t = useT();
  return (
    <>
      <PageHeader title={t('page.requestRules.title')} description={t('page.requestRules.description')} />
      <Tabs defaultValue="filters">
        <TabsList>
          <TabsTrigger value="filters">{t('page.requestRules.tab.filters')}</TabsTrigger>
          <TabsTrigger value="words">{t('page.requestRules.tab.words')}</TabsTrigger>
          <TabsTrigger value="overrides">{t('page.requestRules.tab.overrides')}</TabsTrigger>
          <TabsTrigger value="versions">{t('page.requestRules.tab.versions')}</TabsTrigger>
        </TabsList>
        <TabsContent value="filters">
          <RequestFiltersTab />
        </TabsContent>
        <TabsContent value="words">
          <SensitiveWordsTab />
        </TabsContent>
        <TabsContent value="overrides">
          <ProviderOverridesTab />
        </TabsContent>
        <TabsContent value="versions">
          <ClientVersionsTab />
        </TabsContent>
      </Tabs>
    </>
  );
}
