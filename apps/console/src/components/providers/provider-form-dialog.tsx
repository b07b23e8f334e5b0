import { AlertCircle } from 'lucide-react';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { type Provider, useCreateProviderMutation, useUpdateProviderMutation } from '../../api/providers';
import { useT } from '../../i18n/use-t';
import { Button } from '../ui/button';
import { Dialog, DialogClose, DialogContent, DialogFooter } from '../ui/dialog';
import { useToast } from '../ui/toast';
import { BasicsSection } from './basics-section';
import { type SectionProps, useErrorText } from './form-controls';
import { LimitsSection } from './limits-section';
import { ModelsSection } from './models-section';
import { NetworkSection } from './network-section';
import {
  emptyProviderForm,
  providerFormToInput,
  providerToForm,
  type ProviderFormValues,
  validateProviderForm,
} from './provider-form';
import { ResilienceSection } from './resilience-section';
import { serverErrors } from './server-errors';
import { cn } from '../ui/cn';

interface ProviderFormDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** The provider to edit; absent to create one. */
  provider?: Provider | undefined;
}

/** Create or edit a provider: every field the admin API accepts, validated before it is sent. */
export function ProviderFormDialog({ open, onOpenChange, provider }: ProviderFormDialogProps) {
  const t = useT();
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent
        className="max-w-3xl!"
        title={
          provider ? t('page.providers.form.editTitle', { name: provider.name }) : t('page.providers.form.createTitle')
        }
        description={provider ? t('page.providers.form.editDescription') : t('page.providers.form.createDescription')}
      >
        {open && <ProviderForm provider={provider} onDone={() => onOpenChange(false)} />}
      </DialogContent>
    </Dialog>
  );
}

function ProviderForm({ provider, onDone }: { provider: Provider | undefined; onDone: () => void }) {
  const t = useT();
  const { toast } = useToast();
  const mode = provider ? 'edit' : 'create';
  const [values, setValues] = useState<ProviderFormValues>(() =>
    provider ? providerToForm(provider) : emptyProviderForm(),
  );
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const create = useCreateProviderMutation();
  const update = useUpdateProviderMutation();
  const mutation = provider ? update : create;
  const formRef = useRef<HTMLFormElement>(null);
  const [focusInvalid, setFocusInvalid] = useState(0);

  const errors = validateProviderForm(values, mode);
  const server = serverErrors(mutation.error);
  const visible = (field: string) => submitted || touched.has(field);
  const errorText = useErrorText(errors, visible, server?.fields ?? {});

  useEffect(() => {
    if (focusInvalid === 0) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [focusInvalid]);

  const section: SectionProps = {
    values,
    errors: errorText,
    set: (field, value) => {
      setValues((prev) => ({ ...prev, [field]: value }));
      if (mutation.isError) mutation.reset();
    },
    touch: (field) => setTouched((prev) => (prev.has(field) ? prev : new Set(prev).add(field))),
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (Object.keys(errors).length > 0) {
      setFocusInvalid((n) => n + 1);
      return;
    }
    const input = providerFormToInput(values);
    const onSuccess = (saved: Provider) => {
      toast({
        tone: 'success',
        title: t(provider ? 'page.providers.toast.updated' : 'page.providers.toast.created', { name: saved.name }),
      });
      onDone();
    };
    if (provider) update.mutate({ id: provider.id, patch: input }, { onSuccess });
    else create.mutate({ ...input, apiKey: input.apiKey ?? '' }, { onSuccess });
  };

  const errorCount = Object.keys(errors).length;
  return (
    <form ref={formRef} noValidate onSubmit={onSubmit} className="flex flex-col gap-6">
      <BasicsSection section={section} mode={mode} apiKeyPreview={provider?.apiKeyPreview} />
      <ModelsSection section={section} />
      <NetworkSection section={section} />
      <ResilienceSection section={section} />
      <LimitsSection section={section} />
      {submitted && errorCount > 0 && (
        <p role="alert" className="text-sm font-medium text-red-600 dark:text-red-400">
          {t('page.providers.form.fixErrors', { count: errorCount })}
        </p>
      )}
      {server && (
        <div
          role="alert"
          className={cn(
            'flex gap-2 rounded-lg border border-red-200 bg-red-50 p-3 text-sm text-red-800',
            'dark:border-red-900 dark:bg-red-950/40 dark:text-red-200',
          )}
        >
          <AlertCircle className="mt-0.5 size-4 shrink-0" aria-hidden />
          <div className="min-w-0">
            <p className="font-medium">{t('page.providers.form.saveFailed')}</p>
            <p className="break-words">{server.summary}</p>
          </div>
        </div>
      )}
      <DialogFooter
        className={cn(
          'sticky -bottom-5 z-10 -mx-5 -mb-5 mt-0 border-t border-zinc-200 bg-white px-5 py-3',
          'dark:border-zinc-800 dark:bg-zinc-900',
        )}
      >
        <DialogClose asChild>
          <Button variant="secondary">{t('page.providers.form.cancel')}</Button>
        </DialogClose>
        <Button type="submit" loading={mutation.isPending}>
          {provider ? t('page.providers.form.save') : t('page.providers.form.create')}
        </Button>
      </DialogFooter>
    </form>
  );
}
