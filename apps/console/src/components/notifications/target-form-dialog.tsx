import { AlertCircle } from 'lucide-react';
import { type FormEvent, useEffect, useState } from 'react';
import { isApiError } from '../../api/api-error';
import {
  NOTIFICATION_CHANNELS,
  NOTIFICATION_EVENTS,
  type NotificationTarget,
  useSaveNotificationTargetMutation,
} from '../../api/notifications';
import { useT } from '../../i18n/use-t';
import { Button } from '../ui/button';
import { cn } from '../ui/cn';
import { Dialog, DialogContent, DialogFooter } from '../ui/dialog';
import { Field } from '../ui/field';
import { Input } from '../ui/input';
import { Select } from '../ui/select';
import { Switch } from '../ui/switch';
import { useToast } from '../ui/toast';
import {
  emptyTargetForm,
  signs,
  type TargetFormErrors,
  type TargetFormValues,
  targetFormFrom,
  toCreateBody,
  toUpdateBody,
  validateTargetForm,
} from './target-form';

interface TargetFormDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** Edit this target; create one when absent. */
  target?: NotificationTarget | undefined;
}

export function TargetFormDialog({ open, onOpenChange, target }: TargetFormDialogProps) {
  const t = useT();
  const { toast } = useToast();
  const save = useSaveNotificationTargetMutation();
  const [values, setValues] = useState<TargetFormValues>(emptyTargetForm);
  const [submitted, setSubmitted] = useState(false);
  const editing = target !== undefined;

  // biome-ignore lint/correctness/useExhaustiveDependencies: reset only when the dialog opens or targets another record
  useEffect(() => {
    if (!open) return;
    setValues(target ? targetFormFrom(target) : emptyTargetForm());
    setSubmitted(false);
    save.reset();
  }, [open, target?.id]);

  const errors: TargetFormErrors = submitted ? validateTargetForm(values, editing) : {};
  const errorText = (name: keyof TargetFormErrors) => {
    const error = errors[name];
    if (error === undefined) return undefined;
    return t(error === 'required' ? 'page.notifications.form.required' : 'page.notifications.form.invalid');
  };
  const set = (patch: Partial<TargetFormValues>) => setValues({ ...values, ...patch });
  const telegram = values.channel === 'telegram';
  const credentialLabel =
    t(telegram ? 'page.notifications.form.botToken' : 'page.notifications.form.webhookUrl') + (editing ? '' : ' *');
  const keepHint = target ? t('page.notifications.form.keepSecret', { preview: target.secretPreview }) : undefined;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (Object.keys(validateTargetForm(values, editing)).length > 0) return;
    const input = target ? { id: target.id, patch: toUpdateBody(values) } : { create: toCreateBody(values) };
    save.mutate(input, {
      onSuccess: (saved) => {
        toast({ title: t('page.notifications.form.saved', { name: saved.name }), tone: 'success' });
        onOpenChange(false);
      },
    });
  };

  return (
    <Dialog open={open} onOpenChange={(next) => !save.isPending && onOpenChange(next)}>
      <DialogContent
        title={t(editing ? 'page.notifications.form.editTitle' : 'page.notifications.form.createTitle')}
        description={t('page.notifications.form.description')}
        className="max-w-2xl"
      >
        <form noValidate onSubmit={submit} className="flex flex-col gap-4">
          <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
            <Field label={`${t('page.notifications.form.name')} *`} htmlFor="nt-name" error={errorText('name')}>
              <Input id="nt-name" value={values.name} onChange={(e) => set({ name: e.target.value })} />
            </Field>
            <Field label={t('page.notifications.form.channel')} htmlFor="nt-channel">
              <Select
                id="nt-channel"
                value={values.channel}
                disabled={editing}
                onValueChange={(value) => {
                  const channel = NOTIFICATION_CHANNELS.find((c) => c === value);
                  if (channel) set({ channel });
                }}
                options={NOTIFICATION_CHANNELS.map((c) => ({ value: c, label: t(`page.notifications.channel.${c}`) }))}
              />
            </Field>
          </div>
          <Field
            label={credentialLabel}
            htmlFor="nt-credential"
            hint={keepHint ?? (telegram ? undefined : t('page.notifications.form.webhookUrlHint'))}
            error={errorText('credential')}
          >
            <Input
              id="nt-credential"
              type="password"
              autoComplete="off"
              spellCheck={false}
              value={values.credential}
              onChange={(e) => set({ credential: e.target.value })}
              className="font-mono"
            />
          </Field>
          {telegram && (
            <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
              <Field label={`${t('page.notifications.form.chatId')} *`} htmlFor="nt-chat" error={errorText('chatId')}>
                <Input id="nt-chat" value={values.chatId} onChange={(e) => set({ chatId: e.target.value })} />
              </Field>
              <Field
                label={t('page.notifications.form.apiBaseUrl')}
                htmlFor="nt-api"
                hint={t('page.notifications.form.apiBaseUrlHint')}
                error={errorText('apiBaseUrl')}
              >
                <Input id="nt-api" value={values.apiBaseUrl} onChange={(e) => set({ apiBaseUrl: e.target.value })} />
              </Field>
            </div>
          )}
          {signs(values.channel) && (
            <Field
              label={t('page.notifications.form.signingSecret')}
              htmlFor="nt-secret"
              hint={t(
                `page.notifications.form.signingSecretHint.${values.channel as 'feishu' | 'dingtalk' | 'webhook'}`,
              )}
            >
              <Input
                id="nt-secret"
                type="password"
                autoComplete="off"
                value={values.signingSecret}
                disabled={values.removeSigningSecret}
                onChange={(e) => set({ signingSecret: e.target.value })}
              />
            </Field>
          )}
          {signs(values.channel) && target?.hasSigningSecret && (
            <label className="flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                checked={values.removeSigningSecret}
                onChange={(e) => set({ removeSigningSecret: e.target.checked })}
              />
              {t('page.notifications.form.removeSigningSecret')}
            </label>
          )}
          <fieldset className="flex flex-col gap-2">
            <legend className="mb-1 text-sm font-medium">{t('page.notifications.form.events')}</legend>
            <div className="grid grid-cols-1 gap-2 sm:grid-cols-2">
              {NOTIFICATION_EVENTS.map((kind) => (
                <label key={kind} className="flex items-center gap-2 text-sm">
                  <input
                    type="checkbox"
                    checked={values.events.includes(kind)}
                    onChange={(e) =>
                      set({
                        events: e.target.checked ? [...values.events, kind] : values.events.filter((k) => k !== kind),
                      })
                    }
                  />
                  {t(`page.notifications.event.${kind}`)}
                </label>
              ))}
            </div>
          </fieldset>
          <div className="grid grid-cols-1 gap-3 sm:grid-cols-3">
            <Field
              label={t('page.notifications.form.cooldown')}
              htmlFor="nt-cooldown"
              hint={t('page.notifications.form.cooldownHint')}
              error={errorText('cooldownMinutes')}
            >
              <Input
                id="nt-cooldown"
                inputMode="numeric"
                value={values.cooldownMinutes}
                onChange={(e) => set({ cooldownMinutes: e.target.value })}
              />
            </Field>
            {values.events.includes('daily_leaderboard') && (
              <>
                <Field
                  label={t('page.notifications.form.leaderboardTime')}
                  htmlFor="nt-time"
                  hint={t('page.notifications.form.leaderboardTimeHint')}
                  error={errorText('leaderboardTime')}
                >
                  <Input
                    id="nt-time"
                    type="time"
                    value={values.leaderboardTime}
                    onChange={(e) => set({ leaderboardTime: e.target.value })}
                  />
                </Field>
                <Field
                  label={t('page.notifications.form.leaderboardSize')}
                  htmlFor="nt-size"
                  error={errorText('leaderboardSize')}
                >
                  <Input
                    id="nt-size"
                    inputMode="numeric"
                    value={values.leaderboardSize}
                    onChange={(e) => set({ leaderboardSize: e.target.value })}
                  />
                </Field>
              </>
            )}
          </div>
          <div className="flex items-center gap-2">
            <Switch id="nt-enabled" checked={values.enabled} onCheckedChange={(enabled) => set({ enabled })} />
            <label htmlFor="nt-enabled" className="text-sm">
              {t('page.notifications.form.enabled')}
            </label>
          </div>
          {save.error && (
            <div
              role="alert"
              className={cn(
                'flex gap-2 rounded-lg border border-red-200 bg-red-50 p-3 text-sm text-red-800',
                'dark:border-red-900 dark:bg-red-950 dark:text-red-200',
              )}
            >
              <AlertCircle className="mt-0.5 size-4 shrink-0" aria-hidden />
              <div className="min-w-0">
                <p className="font-medium">{t('page.notifications.form.saveFailed')}</p>
                <p className="break-words">
                  {isApiError(save.error) ? (save.error.detail ?? save.error.title) : save.error.message}
                </p>
              </div>
            </div>
          )}
          <DialogFooter>
            <Button type="button" variant="secondary" onClick={() => onOpenChange(false)} disabled={save.isPending}>
              {t('page.notifications.form.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t('page.notifications.form.save')}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
