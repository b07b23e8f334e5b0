import type { DecisionChain } from '../../api/logs';
import { useT } from '../../i18n/use-t';

const KIND_LABELS = {
  request_filter: 'page.requestRules.chain.request_filter',
  sensitive_word: 'page.requestRules.chain.sensitive_word',
  provider_override: 'page.requestRules.chain.provider_override',
  client_version: 'page.requestRules.chain.client_version',
  error_rule: 'page.requestRules.chain.error_rule',
  rectifier: 'page.requestRules.chain.rectifier',
} as const;

function kindLabel(kind: string, t: ReturnType<typeof useT>): string {
  return Object.hasOwn(KIND_LABELS, kind) ? t(KIND_LABELS[kind as keyof typeof KIND_LABELS]) : kind;
}

/**
 * The governance rules that acted on a request, in order: request rules (filters, sensitive words,
 * overrides, client versions) and upstream ones (error rules, rectifiers): which rule and what it did.
 */
export function RuleTouches({ chain }: { chain: DecisionChain }) {
  const t = useT();
  if (chain.rules.length === 0) return null;
  return (
    <div className="mb-4">
      <h4 className="mb-2 text-xs font-medium text-zinc-500 uppercase dark:text-zinc-400">
        {t('page.requestRules.chain.title')}
      </h4>
      <ul className="space-y-1 text-sm">
        {chain.rules.map((rule, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the rules are an append-only log, never reordered
          <li key={index} className="text-zinc-700 dark:text-zinc-300">
            <span className="font-medium">{kindLabel(rule.kind, t)}</span>
            {' · '}
            {rule.action}
            {rule.detail && ` (${rule.detail})`}
            {' · '}
            <code className="text-xs text-zinc-500 dark:text-zinc-400">{rule.ruleId}</code>
          </li>
        ))}
      </ul>
    </div>
  );
}
