import { ShieldAlert } from 'lucide-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import {
  type SensitiveWord,
  type SensitiveWordInput,
  sensitiveWordsQueryOptions,
  useSensitiveWordMutations,
} from '../../api/request-rules';
import { useT } from '../../i18n/use-t';
import { Button } from '../ui/button';
import { EmptyState } from '../ui/empty-state';
import { Field } from '../ui/field';
import { Input } from '../ui/input';
import { QueryState } from '../ui/query-state';
import { Select } from '../ui/select';
import { RuleTable } from './rule-table';
import { useRuleFeedback } from './use-rule-feedback';

function inputOf(rule: SensitiveWord, changes: Partial<SensitiveWordInput>): SensitiveWordInput {
  const { id: _id, createdAt: _c, updatedAt: _u, ...fields } = rule;
  return { ...fields, ...changes };
}

export function SensitiveWordsTab() {
  const t = useT();
  const feedback = useRuleFeedback();
  const query = useQuery(sensitiveWordsQueryOptions());
  const { save, remove } = useSensitiveWordMutations();
  const [pattern, setPattern] = useState('');
  const [kind, setKind] = useState<SensitiveWord['kind']>('word');
  const [group, setGroup] = useState('');
  const [note, setNote] = useState('');
  const kindLabel = (value: SensitiveWord['kind']) => t(`page.requestRules.words.kind.${value}`);

  const add = () =>
    save.mutate(
      { input: { pattern, kind, scopeGroup: group.trim() || null, note } },
      {
        onSuccess: () => {
          feedback.saved();
          setPattern('');
          setNote('');
        },
        onError: feedback.failed,
      },
    );

  return (
    <div className="flex flex-col gap-6">
      <QueryState
        query={query}
        isEmpty={(rules) => rules.length === 0}
        empty={
          <EmptyState
            icon={ShieldAlert}
            title={t('page.requestRules.words.empty')}
            description={t('page.requestRules.words.emptyHint')}
          />
        }
      >
        {(rules) => (
          <RuleTable
            rules={rules}
            nameOf={(rule) => rule.pattern}
            onToggle={(rule, enabled) =>
              save.mutate({ id: rule.id, input: inputOf(rule, { enabled }) }, { onError: feedback.failed })
            }
            onDelete={(rule) => remove.mutate(rule.id, { onSuccess: feedback.deleted, onError: feedback.failed })}
            columns={[
              { header: t('page.requestRules.words.pattern'), cell: (rule) => <code>{rule.pattern}</code> },
              { header: t('page.requestRules.words.kind'), cell: (rule) => kindLabel(rule.kind) },
              {
                header: t('page.requestRules.scopeGroup'),
                cell: (rule) => rule.scopeGroup ?? t('page.requestRules.everyone'),
              },
              { header: t('page.requestRules.words.note'), cell: (rule) => rule.note },
            ]}
          />
        )}
      </QueryState>

      <form
        className="grid gap-4 rounded-xl border border-zinc-200 p-4 sm:grid-cols-2 lg:grid-cols-5 dark:border-zinc-800"
        onSubmit={(event) => {
          event.preventDefault();
          add();
        }}
      >
        <Field label={t('page.requestRules.words.pattern')} htmlFor="word-pattern">
          <Input id="word-pattern" value={pattern} onChange={(e) => setPattern(e.target.value)} required />
        </Field>
        <Field label={t('page.requestRules.words.kind')} htmlFor="word-kind">
          <Select
            id="word-kind"
            value={kind}
            onValueChange={(next) => setKind(next as SensitiveWord['kind'])}
            options={[
              { value: 'word', label: kindLabel('word') },
              { value: 'regex', label: kindLabel('regex') },
            ]}
          />
        </Field>
        <Field
          label={t('page.requestRules.scopeGroup')}
          htmlFor="word-group"
          hint={t('page.requestRules.scopeGroupHint')}
        >
          <Input id="word-group" value={group} onChange={(e) => setGroup(e.target.value)} />
        </Field>
        <Field label={t('page.requestRules.words.note')} htmlFor="word-note">
          <Input id="word-note" value={note} onChange={(e) => setNote(e.target.value)} />
        </Field>
        <div className="flex items-end">
          <Button type="submit" disabled={save.isPending}>
            {t('page.requestRules.add')}
          </Button>
        </div>
      </form>
    </div>
  );
}
