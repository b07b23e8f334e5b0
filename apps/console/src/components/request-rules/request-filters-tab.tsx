import { Filter } from 'lucide-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import {
  REQUEST_FILTER_SCOPES,
  type RequestFilter,
  type RequestFilterInput,
  requestFiltersQueryOptions,
  useRequestFilterMutations,
} from '../../api/request-rules';
import { useT } from '../../i18n/use-t';
import { Button } from '../ui/button';
import { EmptyState } from '../ui/empty-state';
import { Field } from '../ui/field';
import { Input } from '../ui/input';
import { QueryState } from '../ui/query-state';
import { Select } from '../ui/select';
import { Switch } from '../ui/switch';
import { RuleTable } from './rule-table';
import { useRuleFeedback } from './use-rule-feedback';

type Scope = RequestFilter['scope'];

/** A body value is JSON when it parses as JSON, else the text itself. */
function parseValue(text: string, target: RequestFilter['target']): unknown {
  if (target === 'header') return text;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** The rule as the API takes it back; a secret value is left out, so the stored one is kept. */
export function filterInputOf(rule: RequestFilter, changes: Partial<RequestFilterInput> = {}): RequestFilterInput {
  const { id: _id, createdAt: _c, updatedAt: _u, valueMask: _m, value, ...fields } = rule;
  const keepValue = rule.action === 'set' && !rule.secret;
  return { ...fields, ...(keepValue && value !== null && { value }), ...changes };
}

export function RequestFiltersTab() {
  const t = useT();
  const feedback = useRuleFeedback();
  const query = useQuery(requestFiltersQueryOptions());
  const { save, remove } = useRequestFilterMutations();
  const [name, setName] = useState('');
  const [scope, setScope] = useState<Scope>('global');
  const [scopeValue, setScopeValue] = useState('');
  const [target, setTarget] = useState<RequestFilter['target']>('body');
  const [action, setAction] = useState<RequestFilter['action']>('remove');
  const [path, setPath] = useState('');
  const [value, setValue] = useState('');
  const [secret, setSecret] = useState(false);

  const add = () => {
    const input: RequestFilterInput = {
      name,
      scope,
      scopeValue: scope === 'global' ? null : scopeValue,
      target,
      action,
      path,
      position: query.data?.length ?? 0,
      ...(action === 'set' && { value: parseValue(value, target) as RequestFilterInput['value'], secret }),
    };
    save.mutate(
      { input },
      {
        onSuccess: () => {
          feedback.saved();
          setName('');
          setPath('');
          setValue('');
        },
        onError: feedback.failed,
      },
    );
  };

  const option = (key: 'scope' | 'target' | 'action', value: string) => ({
    value,
    label: t(`page.requestRules.filters.${key}.${value}` as Parameters<typeof t>[0]),
  });

  return (
    <div className="flex flex-col gap-6">
      <QueryState
        query={query}
        isEmpty={(rules) => rules.length === 0}
        empty={
          <EmptyState
            icon={Filter}
            title={t('page.requestRules.filters.empty')}
            description={t('page.requestRules.filters.emptyHint')}
          />
        }
      >
        {(rules) => (
          <RuleTable
            rules={rules}
            nameOf={(rule) => rule.name}
            onToggle={(rule, enabled) =>
              save.mutate({ id: rule.id, input: filterInputOf(rule, { enabled }) }, { onError: feedback.failed })
            }
            onDelete={(rule) => remove.mutate(rule.id, { onSuccess: feedback.deleted, onError: feedback.failed })}
            columns={[
              { header: t('page.requestRules.filters.position'), cell: (rule) => rule.position },
              { header: t('page.requestRules.filters.name'), cell: (rule) => rule.name },
              {
                header: t('page.requestRules.filters.scope'),
                cell: (rule) => `${option('scope', rule.scope).label}${rule.scopeValue ? `: ${rule.scopeValue}` : ''}`,
              },
              {
                header: t('page.requestRules.filters.action'),
                cell: (rule) =>
                  `${option('action', rule.action).label} ${option('target', rule.target).label.toLowerCase()} ` +
                  rule.path,
              },
              {
                header: t('page.requestRules.filters.value'),
                cell: (rule) => (
                  <code className="text-xs">
                    {rule.valueMask ?? (rule.value === null ? '' : JSON.stringify(rule.value))}
                  </code>
                ),
              },
            ]}
          />
        )}
      </QueryState>

      <form
        className="grid gap-4 rounded-xl border border-zinc-200 p-4 sm:grid-cols-2 lg:grid-cols-4 dark:border-zinc-800"
        onSubmit={(event) => {
          event.preventDefault();
          add();
        }}
      >
        <Field label={t('page.requestRules.filters.name')} htmlFor="filter-name">
          <Input id="filter-name" value={name} onChange={(e) => setName(e.target.value)} required />
        </Field>
        <Field label={t('page.requestRules.filters.scope')} htmlFor="filter-scope">
          <Select
            id="filter-scope"
            value={scope}
            onValueChange={(next) => setScope(next as Scope)}
            options={REQUEST_FILTER_SCOPES.map((s) => option('scope', s))}
          />
        </Field>
        {scope !== 'global' && (
          <Field label={t('page.requestRules.filters.scopeValue')} htmlFor="filter-scope-value">
            <Input
              id="filter-scope-value"
              value={scopeValue}
              onChange={(e) => setScopeValue(e.target.value)}
              required
            />
          </Field>
        )}
        <Field label={t('page.requestRules.filters.target')} htmlFor="filter-target">
          <Select
            id="filter-target"
            value={target}
            onValueChange={(next) => setTarget(next as RequestFilter['target'])}
            options={[option('target', 'body'), option('target', 'header')]}
          />
        </Field>
        <Field label={t('page.requestRules.filters.action')} htmlFor="filter-action">
          <Select
            id="filter-action"
            value={action}
            onValueChange={(next) => setAction(next as RequestFilter['action'])}
            options={[option('action', 'remove'), option('action', 'set')]}
          />
        </Field>
        <Field
          label={t('page.requestRules.filters.path')}
          htmlFor="filter-path"
          hint={t('page.requestRules.filters.pathHint')}
        >
          <Input id="filter-path" value={path} onChange={(e) => setPath(e.target.value)} required />
        </Field>
        {action === 'set' && (
          <>
            <Field
              label={t('page.requestRules.filters.value')}
              htmlFor="filter-value"
              hint={t('page.requestRules.filters.valueHint')}
            >
              <Input id="filter-value" value={value} onChange={(e) => setValue(e.target.value)} required />
            </Field>
            <Field label={t('page.requestRules.filters.secret')} htmlFor="filter-secret">
              <Switch id="filter-secret" checked={secret} onCheckedChange={setSecret} />
            </Field>
          </>
        )}
        <div className="flex items-end">
          <Button type="submit" disabled={save.isPending}>
            {t('page.requestRules.add')}
          </Button>
        </div>
      </form>
    </div>
  );
}
