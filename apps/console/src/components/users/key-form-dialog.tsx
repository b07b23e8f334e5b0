import { type FormEvent, useEffect } from 'react';
import { type ApiKey, type CreatedKey, useCreateKeyMutation, useUpdateKeyMutation } from '../../api/keys';
import { useT } from '../../i18n/use-t';
import { Button } from '../ui/button';
import { Dialog, DialogContent, DialogFooter } from '../ui/dialog';
import { Field } from '../ui/field';
import { Input } from '../ui/input';
import { Switch } from '../ui/switch';
import { useToast } from '../ui/toast';
import { isoToLocalInput } from './date-input';
import { ExpiresAtField, NameField } from './entity-fields';
import { hasErrors, validateEntityForm, visibleEntityErrors } from './entity-form';
import { FormError } from './form-error';
import { emptyKeyForm, type KeyFormValues, keyFormToInput } from './key-form';
import { LimitFields } from './limit-fields';
import { limitsToForm } from './limits-form';
import { useFormState } from './use-form-state';
import { cn } from '../ui/cn';

interface KeyFormDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  userId: string;
  /** Edit this key; issue a new one when absent. */
  apiKey?: ApiKey | undefined;
  /** A new key was issued: the only moment its plaintext exists. */
  onCreated?: (key: CreatedKey) => void;
}

function keyToForm(key: ApiKey): KeyFormValues {
  return {
    name: key.name,
    enabled: key.enabled,
    expiresAt: isoToLocalInput(key.expiresAt),
    group: key.group ?? '',
    consoleAccess: key.consoleAccess,
    limits: limitsToForm(key.limits),
  };
}

export function KeyFormDialog({ open, onOpenChange, userId, apiKey, onCreated }: KeyFormDialogProps) {
  const t = useT();
  const { toast } = useToast();
  const form = useFormState(apiKey ? keyToForm(apiKey) : emptyKeyForm);
  const create = useCreateKeyMutation(userId);
  const update = useUpdateKeyMutation();
  const mutation = apiKey ? update : create;

  // biome-ignore lint/correctness/useExhaustiveDependencies: reset only when the dialog opens or targets another record
  useEffect(() => {
    if (!open) return;
    form.reset(apiKey ? keyToForm(apiKey) : emptyKeyForm);
    create.reset();
    update.reset();
    // Deliberately only on open or another key: not on every render of a new `form` object.
  }, [open, apiKey?.id]);

  const { values, setValues } = form;
  const allErrors = validateEntityForm(values);
  const errors = visibleEntityErrors(allErrors, form.visible);
  const set = <K extends keyof KeyFormValues>(field: K, value: KeyFormValues[K]) =>
    setValues({ ...values, [field]: value });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    form.markSubmitted();
    if (hasErrors(allErrors)) return;
    const input = keyFormToInput(values);
    if (apiKey) {
      update.mutate(
        { id: apiKey.id, patch: input },
        {
          onSuccess: (saved) => {
            toast({ title: t('page.users.toast.keyUpdated', { name: saved.name }), tone: 'success' });
            onOpenChange(false);
          },
        },
      );
    } else {
      create.mutate(input, {
        onSuccess: (created) => {
          onOpenChange(false);
          onCreated?.(created);
        },
      });
    }
  };

  const id = apiKey ? `key-${apiKey.id}` : 'key-new';
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent
        title={apiKey ? t('page.users.keyForm.editTitle', { name: apiKey.name }) : t('page.users.keyForm.createTitle')}
        description={t('page.users.keyForm.description')}
        className="sm:max-w-2xl"
      >
        <form noValidate onSubmit={submit} className="space-y-5">
          <div className="grid gap-4 sm:grid-cols-2">
            <NameField
              idPrefix={id}
              label={t('page.users.key.name')}
              value={values.name}
              error={errors.name}
              onChange={(name) => set('name', name)}
              onBlur={() => form.touch('name')}
            />
            <Field label={t('page.users.field.group')} htmlFor={`${id}-group`} hint={t('page.users.keyForm.groupHint')}>
              <Input id={`${id}-group`} value={values.group} onChange={(e) => set('group', e.target.value)} />
            </Field>
            <ExpiresAtField
              idPrefix={id}
              value={values.expiresAt}
              error={errors.expiresAt}
              onChange={(expiresAt) => set('expiresAt', expiresAt)}
              onBlur={() => form.touch('expiresAt')}
            />
            <div className="space-y-2">
              <div
                className={cn(
                  'flex items-center justify-between gap-3 rounded-lg border border-zinc-200 px-3 py-2',
                  'dark:border-zinc-800',
                )}
              >
                <label htmlFor={`${id}-enabled`} className="text-sm font-medium text-zinc-900 dark:text-zinc-100">
                  {t('page.users.field.enabled')}
                </label>
                <Switch
                  id={`${id}-enabled`}
                  checked={values.enabled}
                  onCheckedChange={(checked) => set('enabled', checked)}
                />
              </div>
              <div
                className={cn(
                  'flex items-center justify-between gap-3 rounded-lg border border-zinc-200 px-3 py-2',
                  'dark:border-zinc-800',
                )}
              >
                <label htmlFor={`${id}-console`} className="text-sm font-medium text-zinc-900 dark:text-zinc-100">
                  {t('page.users.key.consoleAccess')}
                </label>
                <Switch
                  id={`${id}-console`}
                  checked={values.consoleAccess}
                  onCheckedChange={(checked) => set('consoleAccess', checked)}
                />
              </div>
            </div>
          </div>
          <LimitFields
            idPrefix={id}
            values={values.limits}
            errors={errors.limits}
            onChange={(limits) => set('limits', limits)}
            onBlur={(field) => form.touch(`limits.${field}`)}
          />
          <FormError error={mutation.error} />
          <DialogFooter>
            <Button variant="secondary" onClick={() => onOpenChange(false)}>
              {t('page.users.action.cancel')}
            </Button>
            <Button type="submit" loading={mutation.isPending}>
              {apiKey ? t('page.users.action.save') : t('page.users.keyForm.issue')}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
