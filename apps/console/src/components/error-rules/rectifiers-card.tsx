import { RECTIFIERS } from '@cch/contract';
import { useQuery } from '@tanstack/react-query';
import { X } from 'lucide-react';
import { type RectifierSetting, rectifiersQueryOptions, useSetRectifierMutation } from '../../api/error-rules';
import { providersQueryOptions } from '../../api/providers';
import { useT } from '../../i18n/use-t';
import { Button } from '../ui/button';
import { Card } from '../ui/card';
import { QueryState } from '../ui/query-state';
import { Select } from '../ui/select';
import { Switch } from '../ui/switch';
import { useToast } from '../ui/toast';

function RectifierRow({ setting, providers }: { setting: RectifierSetting; providers: Map<string, string> }) {
  const t = useT();
  const { toast } = useToast();
  const save = useSetRectifierMutation();
  const rectifier = setting.rectifier;
  const set = (input: Parameters<typeof save.mutate>[0]['input']) =>
    save.mutate(
      { rectifier, input },
      { onError: () => toast({ title: t('page.errorRules.saveFailed'), tone: 'error' }) },
    );
  const exceptions = Object.entries(setting.providers);
  const unset = [...providers].filter(([id]) => !(id in setting.providers));
  const label = t(`page.errorRules.rectifier.${rectifier}`);
  return (
    <li className="grid gap-2 border-t border-zinc-200 py-4 first:border-t-0 dark:border-zinc-800">
      <div className="flex items-start justify-between gap-4">
        <div>
          <div className="font-medium">{label}</div>
          <p className="text-sm text-zinc-500 dark:text-zinc-400">{t(`page.errorRules.rectifier.${rectifier}.hint`)}</p>
        </div>
        <Switch
          checked={setting.enabled}
          aria-label={label}
          disabled={save.isPending}
          onCheckedChange={(enabled) => set({ enabled })}
        />
      </div>
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <span className="text-zinc-500">{t('page.errorRules.rectifier.exceptions')}:</span>
        {exceptions.length === 0 && <span>{t('page.errorRules.rectifier.none')}</span>}
        {exceptions.map(([id, enabled]) => {
          const name = providers.get(id) ?? id;
          return (
            <span
              key={id}
              className="inline-flex items-center gap-1 rounded-md bg-zinc-100 px-2 py-0.5 dark:bg-zinc-800"
            >
              {name}: {t(enabled ? 'page.errorRules.rectifier.on' : 'page.errorRules.rectifier.off')}
              <Button
                variant="ghost"
                size="icon"
                className="size-6"
                aria-label={t('page.errorRules.rectifier.remove', { name })}
                onClick={() => set({ providers: { [id]: null } })}
              >
                <X className="size-3" aria-hidden />
              </Button>
            </span>
          );
        })}
        {unset.length > 0 && (
          <Select
            value=""
            placeholder={t('page.errorRules.rectifier.addException')}
            aria-label={t('page.errorRules.rectifier.addException')}
            options={unset.map(([id, name]) => ({ value: id, label: name }))}
            onValueChange={(id) => set({ providers: { [id]: !setting.enabled } })}
            className="w-56"
          />
        )}
      </div>
    </li>
  );
}

/** Every rectifier's switch, with per-provider exceptions (an added exception flips the global setting). */
export function RectifiersCard() {
  const t = useT();
  const query = useQuery(rectifiersQueryOptions());
  const providers = useQuery(providersQueryOptions());
  const names = new Map((providers.data ?? []).map((p) => [p.id, p.name]));
  return (
    <Card title={t('page.errorRules.rectifiers')} description={t('page.errorRules.rectifiersHint')}>
      <QueryState query={query}>
        {(data) => (
          <ul className="mt-2">
            {RECTIFIERS.map((rectifier) => {
              const setting = data.items.find((item) => item.rectifier === rectifier);
              return setting ? <RectifierRow key={rectifier} setting={setting} providers={names} /> : null;
            })}
          </ul>
        )}
      </QueryState>
    </Card>
  );
}
