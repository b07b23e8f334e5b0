import { type FormEvent, useEffect } from 'react';
import { type ApiKey, type CreatedKey, useCreateKeyMutation, useUpdateKeyMutation } from '../../api/keys';
import { useT } from '../../i18n/use-t';
import { Button } from '../ui/button';
import { Dialog, DialogContent, DialogFooter } from '../ui/dialog';
import { Field, fieldDescribedBy } from '../ui/field';
import { Input } from '../ui/input';
import { Switch } from '../ui/switch';
import { useToast } from '../ui/toast';
import { isoToLocalInput } from './date-input';
import { FormError } from './form-error';
import { emptyKeyForm, type KeyFormValues, keyFormToInput, validateKeyForm } from './key-form';
import { LimitFields } from './limit-fields';
import { FORM_ERROR } from './limit-labels';
import { hasErrors, limitsToForm } from './limits-form';
import { useFormState, visibleErrors } from './use-form-state';

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

  useEffect(() => {
    if (!open) return;
    form.reset(apiKey ? keyToForm(apiKey) : emptyKeyForm);
    create.reset();
    update.reset();
    // Deliberately only on open or another key: not on every render of a new `form` object.
  }, [open, apiKey?.id]);

  const { values, setValues } = form;
  const allErrors = validateKeyForm(values);
  const errors = { ...visibleErrors({ name: allErrors.name, expiresAt: allErrors.expiresAt }, form.visible), limits: visibleErrors(allErrors.limits, form.visible, 'limits.') };
  const set = <K extends keyof KeyFormValues>(field: K, value: KeyFormValues[K]) => setValues({ ...values, [field]: value });

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
            <Field label={t('page.users.key.name')} htmlFor={`${id}-name`} error={errors.name && t(FORM_ERROR[errors.name])}>
              <Input
                id={`${id}-name`}
                value={values.name}
                autoComplete="off"
                required
                invalid={errors.name !== undefined}
                aria-describedby={fieldDescribedBy(`${id}-name`, { error: errors.name })}
                onChange={(e) => set('name', e.target.value)}
                onBlur={() => form.touch('name')}
              />
            </Field>
            <Field label={t('page.users.field.group')} htmlFor={`${id}-group`} hint={t('page.users.keyForm.groupHint')}>
              <Input id={`${id}-group`} value={values.group} onChange={(e) => set('group', e.target.value)} />
            </Field>
            <Field
              label={t('page.users.field.expiresAt')}
              htmlFor={`${id}-expiresAt`}
              hint={t('page.users.form.expiresHint')}
              error={errors.expiresAt && t(FORM_ERROR[errors.expiresAt])}
            >
              <Input
                id={`${id}-expiresAt`}
                type="datetime-local"
                value={values.expiresAt}
                invalid={errors.expiresAt !== undefined}
                aria-describedby={fieldDescribedBy(`${id}-expiresAt`, { hint: true, error: errors.expiresAt })}
                onChange={(e) => set('expiresAt', e.target.value)}
                onBlur={() => form.touch('expiresAt')}
              />
            </Field>
            <div className="space-y-2">
              <div className="flex items-center justify-between gap-3 rounded-lg border border-zinc-200 px-3 py-2 dark:border-zinc-800">
                <label htmlFor={`${id}-enabled`} className="text-sm font-medium text-zinc-900 dark:text-zinc-100">
                  {t('page.users.field.enabled')}
                </label>
                <Switch id={`${id}-enabled`} checked={values.enabled} onCheckedChange={(checked) => set('enabled', checked)} />
              </div>
              <div className="flex items-center justify-between gap-3 rounded-lg border border-zinc-200 px-3 py-2 dark:border-zinc-800">
                <label htmlFor={`${id}-console`} className="text-sm font-medium text-zinc-900 dark:text-zinc-100">
                  {t('page.users.key.consoleAccess')}
                </label>
                <Switch id={`${id}-console`} checked={values.consoleAccess} onCheckedChange={(checked) => set('consoleAccess', checked)} />
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
