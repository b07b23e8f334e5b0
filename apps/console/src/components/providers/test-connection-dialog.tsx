import { CircleCheck, CircleX, Plug } from 'lucide-react';
import { type FormEvent, useState } from 'react';
import { isApiError } from '../../api/api-error';
import { type Provider, useTestProviderMutation } from '../../api/providers';
import { useFormat } from '../../i18n/use-format';
import { useT } from '../../i18n/use-t';
import { Button } from '../ui/button';
import { Dialog, DialogClose, DialogContent, DialogFooter } from '../ui/dialog';
import { Field } from '../ui/field';
import { Input } from '../ui/input';
import { cn } from '../ui/cn';

/** Sends one tiny real request to the provider and shows the upstream status and latency. */
export function TestConnectionDialog({
  provider,
  onOpenChange,
}: {
  provider: Provider | null;
  onOpenChange: (open: boolean) => void;
}) {
  const t = useT();
  return (
    <Dialog open={provider !== null} onOpenChange={onOpenChange}>
      <DialogContent
        className="max-w-lg"
        title={t('page.providers.test.title', { name: provider?.name ?? '' })}
        description={t('page.providers.test.description')}
      >
        {provider && <TestConnection key={provider.id} provider={provider} />}
      </DialogContent>
    </Dialog>
  );
}

function TestConnection({ provider }: { provider: Provider }) {
  const t = useT();
  const format = useFormat();
  const [model, setModel] = useState('');
  const test = useTestProviderMutation();
  const run = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = model.trim();
    test.mutate({ id: provider.id, ...(trimmed !== '' && { model: trimmed }) });
  };
  const result = test.data;
  return (
    <form onSubmit={run} className="flex flex-col gap-4">
      <Field
        label={t('page.providers.test.model')}
        htmlFor="provider-test-model"
        hint={t('page.providers.test.modelHint')}
      >
        <Input
          id="provider-test-model"
          value={model}
          onChange={(e) => setModel(e.target.value)}
          placeholder={provider.allowedModels[0] ?? ''}
          aria-describedby="provider-test-model-hint"
        />
      </Field>
      <div aria-live="polite">
        {test.isPending && (
          <p className="text-sm text-zinc-500 dark:text-zinc-400">{t('page.providers.test.running')}</p>
        )}
        {test.isError && (
          <p role="alert" className="text-sm text-red-700 dark:text-red-300">
            {t('page.providers.test.requestFailed', {
              detail: isApiError(test.error) ? (test.error.detail ?? test.error.title) : String(test.error),
            })}
          </p>
        )}
        {result && !test.isPending && (
          <div
            className={
              result.ok
                ? cn(
                    'rounded-lg border border-emerald-200 bg-emerald-50 p-3 text-sm',
                    'dark:border-emerald-900 dark:bg-emerald-950/40',
                  )
                : 'rounded-lg border border-red-200 bg-red-50 p-3 text-sm dark:border-red-900 dark:bg-red-950/40'
            }
          >
            <p
              className={cn(
                'flex items-center gap-2 font-medium',
                result.ok ? 'text-emerald-800 dark:text-emerald-200' : 'text-red-800 dark:text-red-200',
              )}
            >
              {result.ok ? <CircleCheck className="size-4" aria-hidden /> : <CircleX className="size-4" aria-hidden />}
              {result.ok ? t('page.providers.test.ok') : t('page.providers.test.failed')}
            </p>
            <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-zinc-700 dark:text-zinc-300">
              <dt className="text-zinc-500 dark:text-zinc-400">{t('page.providers.test.status')}</dt>
              <dd className="font-mono">{result.status ?? t('page.providers.test.unreached')}</dd>
              <dt className="text-zinc-500 dark:text-zinc-400">{t('page.providers.test.latency')}</dt>
              <dd>{t('page.providers.test.ms', { value: format.number(result.latencyMs) })}</dd>
              <dt className="text-zinc-500 dark:text-zinc-400">{t('page.providers.test.modelUsed')}</dt>
              <dd className="font-mono break-all">{result.model}</dd>
              {result.errorClass && (
                <>
                  <dt className="text-zinc-500 dark:text-zinc-400">{t('page.providers.test.errorClass')}</dt>
                  <dd className="font-mono">{result.errorClass}</dd>
                </>
              )}
            </dl>
            {result.message && (
              <pre
                className={cn(
                  'mt-2 max-h-40 overflow-auto rounded bg-white/60 p-2 text-xs whitespace-pre-wrap',
                  'break-words dark:bg-zinc-950/40',
                )}
              >
                {result.message}
              </pre>
            )}
          </div>
        )}
      </div>
      <DialogFooter className="mt-0">
        <DialogClose asChild>
          <Button variant="secondary">{t('page.providers.test.close')}</Button>
        </DialogClose>
        <Button type="submit" loading={test.isPending}>
          <Plug aria-hidden />
          {result ? t('page.providers.test.again') : t('page.providers.test.run')}
        </Button>
      </DialogFooter>
    </form>
  );
}
