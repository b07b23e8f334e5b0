import { ERROR_RULE_ACTIONS, type ErrorRuleAction } from '@cch/contract';
import { type FormEvent, useState } from 'react';
import { useCreateErrorRuleMutation } from '../../api/error-rules';
import { useT } from '../../i18n/use-t';
import { Button } from '../ui/button';
import { Card } from '../ui/card';
import { Field } from '../ui/field';
import { Input } from '../ui/input';
import { Select } from '../ui/select';
import { useToast } from '../ui/toast';

function parseStatuses(text: string): number[] {
  return text
    .split(',')
    .map((part) => Number(part.trim()))
    .filter((status) => Number.isInteger(status) && status >= 100 && status <= 599);
}

/** A new error rule: the common conditions (statuses, pattern), the action and what the client sees. */
export function ErrorRuleForm() {
  const t = useT();
  const { toast } = useToast();
  const create = useCreateErrorRuleMutation();
  const [name, setName] = useState('');
  const [statuses, setStatuses] = useState('');
  const [pattern, setPattern] = useState('');
  const [action, setAction] = useState<ErrorRuleAction>('fail_over');
  const [overrideStatus, setOverrideStatus] = useState('');
  const [overrideMessage, setOverrideMessage] = useState('');

  function submit(event: FormEvent) {
    event.preventDefault();
    const status = Number(overrideStatus);
    create.mutate(
      {
        name,
        match: { statuses: parseStatuses(statuses), pattern: pattern.trim() === '' ? null : pattern },
        action,
        override: {
          status: overrideStatus.trim() !== '' && Number.isInteger(status) ? status : null,
          message: overrideMessage.trim() === '' ? null : overrideMessage,
        },
      },
      {
        onSuccess: () => {
          toast({ title: t('page.errorRules.created'), tone: 'success' });
          setName('');
          setStatuses('');
          setPattern('');
          setOverrideStatus('');
          setOverrideMessage('');
        },
        onError: (error) =>
          toast({ title: t('page.errorRules.saveFailed'), description: error.message, tone: 'error' }),
      },
    );
  }

  const options = ERROR_RULE_ACTIONS.map((value) => ({ value, label: t(`page.errorRules.action.${value}`) }));
  return (
    <Card title={t('page.errorRules.add')}>
      <form className="grid gap-4" onSubmit={submit}>
        <Field label={t('page.errorRules.form.name')} htmlFor="rule-name">
          <Input id="rule-name" required value={name} onChange={(e) => setName(e.target.value)} />
        </Field>
        <Field
          label={t('page.errorRules.form.statuses')}
          htmlFor="rule-statuses"
          hint={t('page.errorRules.form.statusesHint')}
        >
          <Input id="rule-statuses" value={statuses} onChange={(e) => setStatuses(e.target.value)} />
        </Field>
        <Field
          label={t('page.errorRules.form.pattern')}
          htmlFor="rule-pattern"
          hint={t('page.errorRules.form.patternHint')}
        >
          <Input id="rule-pattern" className="font-mono" value={pattern} onChange={(e) => setPattern(e.target.value)} />
        </Field>
        <Field label={t('page.errorRules.form.action')} htmlFor="rule-action">
          <Select
            id="rule-action"
            value={action}
            options={options}
            onValueChange={(value) => setAction(value as ErrorRuleAction)}
          />
        </Field>
        <Field
          label={t('page.errorRules.form.overrideStatus')}
          htmlFor="rule-override-status"
          hint={t('page.errorRules.form.optional')}
        >
          <Input
            id="rule-override-status"
            inputMode="numeric"
            value={overrideStatus}
            onChange={(e) => setOverrideStatus(e.target.value)}
          />
        </Field>
        <Field label={t('page.errorRules.form.overrideMessage')} htmlFor="rule-override-message">
          <Input
            id="rule-override-message"
            value={overrideMessage}
            onChange={(e) => setOverrideMessage(e.target.value)}
          />
        </Field>
        <div>
          <Button type="submit" disabled={create.isPending || name.trim() === ''}>
            {t('page.errorRules.form.create')}
          </Button>
        </div>
      </form>
    </Card>
  );
}
