import { useQuery } from '@tanstack/react-query';
import { Plus, Trash2 } from 'lucide-react';
import { useEffect, useState } from 'react';
import {
  type StatusPageConfig,
  type StatusPageEntry,
  statusPageQueryOptions,
  useSaveStatusPageMutation,
} from '../../api/availability';
import { isApiError } from '../../api/api-error';
import { providersQueryOptions } from '../../api/providers';
import { useT } from '../../i18n/use-t';
import { Button } from '../ui/button';
import { Card } from '../ui/card';
import { Field } from '../ui/field';
import { Input } from '../ui/input';
import { Select } from '../ui/select';
import { Switch } from '../ui/switch';
import { useToast } from '../ui/toast';

/** Whether the public /status page is on, its title, and which providers or groups it lists as what. */
export function StatusPageSettings() {
  const t = useT();
  const { toast } = useToast();
  const stored = useQuery(statusPageQueryOptions());
  const providers = useQuery(providersQueryOptions());
  const save = useSaveStatusPageMutation();
  const [draft, setDraft] = useState<StatusPageConfig | null>(null);
  useEffect(() => {
    if (stored.data) setDraft(stored.data);
  }, [stored.data]);
  if (!draft) return null;

  const providerOptions = (providers.data ?? []).map((provider) => ({ value: provider.id, label: provider.name }));
  const groupOptions = [...new Set((providers.data ?? []).flatMap((provider) => provider.groups))].map((group) => ({
    value: group,
    label: group,
  }));
  const setEntry = (index: number, patch: Partial<StatusPageEntry>) =>
    setDraft({ ...draft, entries: draft.entries.map((entry, i) => (i === index ? { ...entry, ...patch } : entry)) });
  const submit = () =>
    save.mutate(draft, {
      onSuccess: () => toast({ title: t('page.status.saved'), tone: 'success' }),
      onError: (error) =>
        toast({ title: isApiError(error) ? (error.detail ?? error.title) : String(error), tone: 'error' }),
    });

  return (
    <Card
      title={t('page.status.title')}
      description={t('page.status.description')}
      actions={
        stored.data?.enabled ? (
          <a
            className="text-sm text-accent-700 underline dark:text-accent-300"
            href="/status"
            target="_blank"
            rel="noreferrer"
          >
            {t('page.status.open')}
          </a>
        ) : null
      }
    >
      <div className="flex flex-col gap-4">
        <div className="flex items-center gap-3 text-sm">
          <Switch
            id="status-page-enabled"
            checked={draft.enabled}
            onCheckedChange={(enabled) => setDraft({ ...draft, enabled })}
          />
          <label htmlFor="status-page-enabled">{t('page.status.enabled')}</label>
        </div>
        <Field label={t('page.status.pageTitle')} htmlFor="status-page-title">
          <Input
            id="status-page-title"
            value={draft.title}
            maxLength={120}
            onChange={(event) => setDraft({ ...draft, title: event.target.value })}
          />
        </Field>
        <ul className="flex flex-col gap-3">
          {draft.entries.map((entry, index) => (
            // entries have no id of their own; the position is their identity while editing
            // biome-ignore lint/suspicious/noArrayIndexKey: see above
            <li key={index} className="grid gap-2 sm:grid-cols-[10rem_1fr_1fr_auto]">
              <Select
                aria-label={t('page.status.kind')}
                value={entry.kind}
                onValueChange={(kind) => setEntry(index, { kind: kind === 'group' ? 'group' : 'provider', ref: '' })}
                options={[
                  { value: 'provider', label: t('page.status.kind.provider') },
                  { value: 'group', label: t('page.status.kind.group') },
                ]}
              />
              <Select
                aria-label={t('page.status.ref')}
                value={entry.ref}
                placeholder={t('page.status.ref')}
                onValueChange={(ref) => setEntry(index, { ref })}
                options={entry.kind === 'provider' ? providerOptions : groupOptions}
              />
              <Input
                aria-label={t('page.status.publicName')}
                placeholder={t('page.status.publicName')}
                value={entry.publicName}
                maxLength={80}
                onChange={(event) => setEntry(index, { publicName: event.target.value })}
              />
              <Button
                variant="ghost"
                size="icon"
                aria-label={t('page.status.remove')}
                onClick={() => setDraft({ ...draft, entries: draft.entries.filter((_, i) => i !== index) })}
              >
                <Trash2 />
              </Button>
            </li>
          ))}
        </ul>
        <div className="flex flex-wrap gap-2">
          <Button
            variant="secondary"
            onClick={() =>
              setDraft({ ...draft, entries: [...draft.entries, { kind: 'provider', ref: '', publicName: '' }] })
            }
          >
            <Plus />
            {t('page.status.add')}
          </Button>
          <Button onClick={submit} disabled={save.isPending}>
            {t('page.status.save')}
          </Button>
        </div>
      </div>
    </Card>
  );
}
