import { BadgeCheck } from 'lucide-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import {
  type ClientVersionRule,
  type ClientVersionRuleInput,
  clientVersionRulesQueryOptions,
  KNOWN_CLIENT_IDS,
  KNOWN_CLIENTS,
  useClientVersionRuleMutations,
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

type Client = ClientVersionRule['client'];

function inputOf(rule: ClientVersionRule, changes: Partial<ClientVersionRuleInput>): ClientVersionRuleInput {
  const { id: _id, createdAt: _c, updatedAt: _u, ...fields } = rule;
  return { ...fields, ...changes };
}

export function ClientVersionsTab() {
  const t = useT();
  const feedback = useRuleFeedback();
  const query = useQuery(clientVersionRulesQueryOptions());
  const { save, remove } = useClientVersionRuleMutations();
  const [client, setClient] = useState<Client>('claude-code');
  const [minVersion, setMinVersion] = useState('');
  const [blocked, setBlocked] = useState('');
  const [group, setGroup] = useState('');

  const add = () => {
    const input: ClientVersionRuleInput = {
      client,
      minVersion: minVersion.trim() || null,
      blockedVersions: blocked
        .split(',')
        .map((v) => v.trim())
        .filter(Boolean),
      scopeGroup: group.trim() || null,
    };
    save.mutate(
      { input },
      {
        onSuccess: () => {
          feedback.saved();
          setMinVersion('');
          setBlocked('');
        },
        onError: feedback.failed,
      },
    );
  };

  return (
    <div className="flex flex-col gap-6">
      <QueryState
        query={query}
        isEmpty={(rules) => rules.length === 0}
        empty={
          <EmptyState
            icon={BadgeCheck}
            title={t('page.requestRules.versions.empty')}
            description={t('page.requestRules.versions.emptyHint')}
          />
        }
      >
        {(rules) => (
          <RuleTable
            rules={rules}
            nameOf={(rule) => KNOWN_CLIENTS[rule.client].label}
            onToggle={(rule, enabled) =>
              save.mutate({ id: rule.id, input: inputOf(rule, { enabled }) }, { onError: feedback.failed })
            }
            onDelete={(rule) => remove.mutate(rule.id, { onSuccess: feedback.deleted, onError: feedback.failed })}
            columns={[
              { header: t('page.requestRules.versions.client'), cell: (rule) => KNOWN_CLIENTS[rule.client].label },
              {
                header: t('page.requestRules.versions.minVersion'),
                cell: (rule) => rule.minVersion ?? t('page.requestRules.none'),
              },
              {
                header: t('page.requestRules.versions.blocked'),
                cell: (rule) => rule.blockedVersions.join(', ') || t('page.requestRules.none'),
              },
              {
                header: t('page.requestRules.scopeGroup'),
                cell: (rule) => rule.scopeGroup ?? t('page.requestRules.everyone'),
              },
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
        <Field label={t('page.requestRules.versions.client')} htmlFor="version-client">
          <Select
            id="version-client"
            value={client}
            onValueChange={(next) => setClient(next as Client)}
            options={KNOWN_CLIENT_IDS.map((id) => ({ value: id, label: KNOWN_CLIENTS[id].label }))}
          />
        </Field>
        <Field label={t('page.requestRules.versions.minVersion')} htmlFor="version-min">
          <Input id="version-min" value={minVersion} onChange={(e) => setMinVersion(e.target.value)} />
        </Field>
        <Field
          label={t('page.requestRules.versions.blocked')}
          htmlFor="version-blocked"
          hint={t('page.requestRules.versions.blockedHint')}
        >
          <Input id="version-blocked" value={blocked} onChange={(e) => setBlocked(e.target.value)} />
        </Field>
        <Field
          label={t('page.requestRules.scopeGroup')}
          htmlFor="version-group"
          hint={t('page.requestRules.scopeGroupHint')}
        >
          <Input id="version-group" value={group} onChange={(e) => setGroup(e.target.value)} />
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
