import { type FormEvent, useEffect } from 'react';
import { type User, useCreateUserMutation, useUpdateUserMutation } from '../../api/users';
import { useT } from '../../i18n/use-t';
import { Button } from '../ui/button';
import { Dialog, DialogContent, DialogFooter } from '../ui/dialog';
import { Field } from '../ui/field';
import { Input } from '../ui/input';
import { Select } from '../ui/select';
import { Switch } from '../ui/switch';
import { Textarea } from '../ui/textarea';
import { useToast } from '../ui/toast';
import { ExpiresAtField, NameField } from './entity-fields';
import { hasErrors, validateEntityForm, visibleEntityErrors } from './entity-form';
import { FormError } from './form-error';
import { LimitFields } from './limit-fields';
import { useFormState } from './use-form-state';
import { emptyUserForm, userFormToInput, userToForm } from './user-form';
import { cn } from '../ui/cn';

interface UserFormDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** Edit this user; create a new one when absent. */
  user?: User | undefined;
  onSaved?: (user: User) => void;
}

export function UserFormDialog({ open, onOpenChange, user, onSaved }: UserFormDialogProps) {
  const t = useT();
  const { toast } = useToast();
  const form = useFormState(user ? userToForm(user) : emptyUserForm);
  const create = useCreateUserMutation();
  const update = useUpdateUserMutation();
  const mutation = user ? update : create;

  // Each opening starts from the user as it is now (or a blank form).
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset only when the dialog opens or targets another record
  useEffect(() => {
    if (!open) return;
    form.reset(user ? userToForm(user) : emptyUserForm);
    create.reset();
    update.reset();
    // Deliberately only on open or another user: not on every render of a new `form` object.
  }, [open, user?.id]);

  const { values, setValues } = form;
  const allErrors = validateEntityForm(values);
  const errors = visibleEntityErrors(allErrors, form.visible);
  const set = <K extends keyof typeof values>(field: K, value: (typeof values)[K]) =>
    setValues({ ...values, [field]: value });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    form.markSubmitted();
    if (hasErrors(allErrors)) return;
    const input = userFormToInput(values);
    const onSuccess = (saved: User) => {
      toast({
        title: t(user ? 'page.users.toast.updated' : 'page.users.toast.created', { name: saved.name }),
        tone: 'success',
      });
      onOpenChange(false);
      onSaved?.(saved);
    };
    if (user) update.mutate({ id: user.id, patch: input }, { onSuccess });
    else create.mutate(input, { onSuccess });
  };

  const id = user ? `user-${user.id}` : 'user-new';
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent
        title={user ? t('page.users.form.editTitle', { name: user.name }) : t('page.users.form.createTitle')}
        description={t('page.users.form.description')}
        className="sm:max-w-2xl"
      >
        <form noValidate onSubmit={submit} className="space-y-5">
          <div className="grid gap-4 sm:grid-cols-2">
            <NameField
              idPrefix={id}
              label={t('page.users.field.name')}
              value={values.name}
              error={errors.name}
              onChange={(name) => set('name', name)}
              onBlur={() => form.touch('name')}
            />
            <Field label={t('page.users.field.role')} htmlFor={`${id}-role`} hint={t('page.users.form.roleHint')}>
              <Select
                id={`${id}-role`}
                value={values.role}
                onValueChange={(value) => set('role', value === 'admin' ? 'admin' : 'user')}
                options={[
                  { value: 'user', label: t('page.users.role.user') },
                  { value: 'admin', label: t('page.users.role.admin') },
                ]}
              />
            </Field>
            <Field label={t('page.users.field.group')} htmlFor={`${id}-group`} hint={t('page.users.form.groupHint')}>
              <Input id={`${id}-group`} value={values.group} onChange={(e) => set('group', e.target.value)} />
            </Field>
            <ExpiresAtField
              idPrefix={id}
              value={values.expiresAt}
              error={errors.expiresAt}
              onChange={(expiresAt) => set('expiresAt', expiresAt)}
              onBlur={() => form.touch('expiresAt')}
            />
            <Field label={t('page.users.field.tags')} htmlFor={`${id}-tags`} hint={t('page.users.form.listHint')}>
              <Input id={`${id}-tags`} value={values.tags} onChange={(e) => set('tags', e.target.value)} />
            </Field>
            <div
              className={cn(
                'flex h-10 items-center justify-between gap-3 self-end rounded-lg border border-zinc-200',
                'px-3 dark:border-zinc-800',
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
            <Field
              label={t('page.users.field.allowedModels')}
              htmlFor={`${id}-models`}
              hint={t('page.users.form.allowedModelsHint')}
            >
              <Input
                id={`${id}-models`}
                value={values.allowedModels}
                onChange={(e) => set('allowedModels', e.target.value)}
              />
            </Field>
            <Field
              label={t('page.users.field.allowedClients')}
              htmlFor={`${id}-clients`}
              hint={t('page.users.form.allowedClientsHint')}
            >
              <Input
                id={`${id}-clients`}
                value={values.allowedClients}
                onChange={(e) => set('allowedClients', e.target.value)}
              />
            </Field>
          </div>
          <Field label={t('page.users.field.note')} htmlFor={`${id}-note`}>
            <Textarea id={`${id}-note`} rows={2} value={values.note} onChange={(e) => set('note', e.target.value)} />
          </Field>
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
              {user ? t('page.users.action.save') : t('page.users.action.create')}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
