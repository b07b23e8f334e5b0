import { type FormEvent, useState } from 'react';
import { useTestErrorSampleMutation } from '../../api/error-rules';
import { useT } from '../../i18n/use-t';
import { Button } from '../ui/button';
import { Card } from '../ui/card';
import { Field } from '../ui/field';
import { Input } from '../ui/input';
import { Textarea } from '../ui/textarea';

/** "Test a sample error": which rule matches a pasted upstream error and what would happen. */
export function ErrorSampleTest() {
  const t = useT();
  const test = useTestErrorSampleMutation();
  const [status, setStatus] = useState('400');
  const [body, setBody] = useState('');

  function submit(event: FormEvent) {
    event.preventDefault();
    const code = Number(status);
    test.mutate({ status: status.trim() === '' || !Number.isInteger(code) ? null : code, body });
  }

  const result = test.data;
  return (
    <Card title={t('page.errorRules.test')} description={t('page.errorRules.testHint')}>
      <form className="grid gap-4" onSubmit={submit}>
        <Field label={t('page.errorRules.test.status')} htmlFor="sample-status">
          <Input id="sample-status" inputMode="numeric" value={status} onChange={(e) => setStatus(e.target.value)} />
        </Field>
        <Field label={t('page.errorRules.test.body')} htmlFor="sample-body">
          <Textarea
            id="sample-body"
            rows={6}
            className="font-mono text-xs"
            value={body}
            onChange={(e) => setBody(e.target.value)}
          />
        </Field>
        <div>
          <Button type="submit" variant="secondary" disabled={test.isPending}>
            {t('page.errorRules.test.run')}
          </Button>
        </div>
      </form>
      {test.error && (
        <p role="alert" className="mt-3 text-sm text-red-600">
          {test.error.message}
        </p>
      )}
      {result && (
        <output className="mt-4 grid gap-1 text-sm" aria-live="polite">
          <strong>
            {result.rule
              ? t('page.errorRules.test.rule', { name: result.rule.name })
              : t('page.errorRules.test.noRule')}
          </strong>
          <span>
            {t(`page.errorRules.action.${result.decision.action}`)} — {result.decision.explanation}
          </span>
          <span className="text-zinc-500">
            {t('page.errorRules.test.read', { type: result.errorType ?? '—', message: result.message })}
          </span>
          {result.decision.clientStatus !== null && (
            <span>
              {t('page.errorRules.test.client', {
                status: String(result.decision.clientStatus),
                message: result.decision.clientMessage ?? '',
              })}
            </span>
          )}
        </output>
      )}
    </Card>
  );
}
