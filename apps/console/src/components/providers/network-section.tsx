import { Plus, Trash2 } from 'lucide-react';
import { useT } from '../../i18n/use-t';
import { Button } from '../ui/button';
import { fieldDescribedBy } from '../ui/field';
import { Input } from '../ui/input';
import { FormSection, type SectionProps, SwitchField, TextField } from './form-controls';
import { type HeaderRow, newRowId } from './provider-form';

/** How the gateway reaches the provider: proxy, extra headers, active hours. */
export function NetworkSection({ section }: { section: SectionProps }) {
  const t = useT();
  const { values, set } = section;
  return (
    <FormSection title={t('page.providers.section.network')}>
      <TextField
        id="provider-proxy-url"
        field="proxyUrl"
        className="sm:col-span-2"
        label={t('page.providers.field.proxyUrl')}
        hint={t('page.providers.hint.proxyUrl')}
        placeholder="socks5://127.0.0.1:1080"
        value={values.proxyUrl}
        onValue={(v) => set('proxyUrl', v)}
        section={section}
        autoComplete="off"
      />
      <div className="sm:col-span-2">
        <SwitchField
          id="provider-proxy-fallback"
          label={t('page.providers.field.proxyFallbackToDirect')}
          hint={t('page.providers.hint.proxyFallbackToDirect')}
          checked={values.proxyFallbackToDirect}
          onChange={(v) => set('proxyFallbackToDirect', v)}
        />
      </div>
      <div className="sm:col-span-2">
        <HeadersEditor section={section} />
      </div>
      <div className="sm:col-span-2">
        <SwitchField
          id="provider-active-hours"
          label={t('page.providers.field.activeHours')}
          hint={t('page.providers.hint.activeHours')}
          checked={values.activeHoursEnabled}
          onChange={(v) => set('activeHoursEnabled', v)}
        />
      </div>
      {values.activeHoursEnabled && (
        <>
          <TextField
            id="provider-active-start"
            field="activeStart"
            type="time"
            label={t('page.providers.field.activeStart')}
            value={values.activeStart}
            onValue={(v) => set('activeStart', v)}
            section={section}
          />
          <TextField
            id="provider-active-end"
            field="activeEnd"
            type="time"
            label={t('page.providers.field.activeEnd')}
            value={values.activeEnd}
            onValue={(v) => set('activeEnd', v)}
            section={section}
          />
        </>
      )}
    </FormSection>
  );
}

/** name: value pairs sent with every upstream request. */
function HeadersEditor({ section }: { section: SectionProps }) {
  const t = useT();
  const { values, set, errors, touch } = section;
  const rows = values.customHeaders;
  const update = (rowId: number, patch: Partial<HeaderRow>) =>
    set(
      'customHeaders',
      rows.map((r) => (r.rowId === rowId ? { ...r, ...patch } : r)),
    );
  return (
    <fieldset>
      <legend className="text-sm font-medium text-zinc-800 dark:text-zinc-200">
        {t('page.providers.field.customHeaders')}
      </legend>
      <p className="mb-2 text-xs text-zinc-500 dark:text-zinc-400">{t('page.providers.hint.customHeaders')}</p>
      {rows.length === 0 && (
        <p className="mb-2 text-sm text-zinc-500 dark:text-zinc-400">{t('page.providers.header.none')}</p>
      )}
      <ul className="flex flex-col gap-2">
        {rows.map((row, i) => {
          const n = i + 1;
          const nameId = `header-${row.rowId}-name`;
          const error = errors[`customHeaders.${i}.name`];
          return (
            <li key={row.rowId} className="grid grid-cols-[1fr_auto] gap-2 sm:grid-cols-[1fr_1fr_auto] sm:items-start">
              <div>
                <Input
                  id={nameId}
                  value={row.name}
                  placeholder={t('page.providers.header.name')}
                  aria-label={t('page.providers.header.nameLabel', { n })}
                  invalid={error !== undefined}
                  aria-describedby={fieldDescribedBy(nameId, { error })}
                  onChange={(e) => update(row.rowId, { name: e.target.value })}
                  onBlur={() => touch(`customHeaders.${i}.name`)}
                />
                {error && (
                  <p
                    id={`${nameId}-error`}
                    role="alert"
                    className="mt-1 text-xs font-medium text-red-600 dark:text-red-400"
                  >
                    {error}
                  </p>
                )}
              </div>
              <Input
                className="col-start-1 sm:col-start-auto"
                value={row.value}
                placeholder={t('page.providers.header.value')}
                aria-label={t('page.providers.header.valueLabel', { n })}
                onChange={(e) => update(row.rowId, { value: e.target.value })}
              />
              <Button
                variant="ghost"
                size="icon"
                className="col-start-2 row-start-1 sm:col-start-auto sm:row-start-auto"
                aria-label={t('page.providers.header.remove', { n })}
                onClick={() =>
                  set(
                    'customHeaders',
                    rows.filter((r) => r.rowId !== row.rowId),
                  )
                }
              >
                <Trash2 aria-hidden />
              </Button>
            </li>
          );
        })}
      </ul>
      <Button
        variant="secondary"
        size="sm"
        className="mt-3"
        onClick={() => set('customHeaders', [...rows, { rowId: newRowId(), name: '', value: '' }])}
      >
        <Plus aria-hidden />
        {t('page.providers.header.add')}
      </Button>
    </fieldset>
  );
}
