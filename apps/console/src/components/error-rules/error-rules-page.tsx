import { useQuery } from '@tanstack/react-query';
import { Trash2 } from 'lucide-react';
import {
  type ErrorRule,
  errorRulesQueryOptions,
  useDeleteErrorRuleMutation,
  useUpdateErrorRuleMutation,
} from '../../api/error-rules';
import { useT } from '../../i18n/use-t';
import { Badge } from '../ui/badge';
import { Button } from '../ui/button';
import { Card } from '../ui/card';
import { PageHeader } from '../ui/page-header';
import { QueryState } from '../ui/query-state';
import { Switch } from '../ui/switch';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '../ui/table';
import { useToast } from '../ui/toast';
import { ErrorRuleForm } from './error-rule-form';
import { ErrorSampleTest } from './error-sample-test';
import { RectifiersCard } from './rectifiers-card';

function matchSummary(rule: ErrorRule, any: string): string {
  const { statuses, errorTypes, pattern, providerIds, models } = rule.match;
  const parts = [
    statuses.length > 0 ? statuses.join(', ') : null,
    errorTypes.length > 0 ? errorTypes.join(', ') : null,
    pattern ? `/${pattern}/i` : null,
    providerIds.length > 0 ? `${providerIds.length} provider(s)` : null,
    models.length > 0 ? models.join(', ') : null,
  ].filter((part): part is string => part !== null);
  return parts.length > 0 ? parts.join(' · ') : any;
}

function RuleRow({ rule }: { rule: ErrorRule }) {
  const t = useT();
  const { toast } = useToast();
  const update = useUpdateErrorRuleMutation();
  const remove = useDeleteErrorRuleMutation();
  const failed = () => toast({ title: t('page.errorRules.saveFailed'), tone: 'error' });
  const breaker =
    rule.countsForBreaker === null
      ? t('page.errorRules.breaker.usual')
      : t(rule.countsForBreaker ? 'page.errorRules.breaker.counts' : 'page.errorRules.breaker.ignored');
  return (
    <TableRow>
      <TableCell>
        <Switch
          checked={rule.enabled}
          aria-label={t('page.errorRules.toggle', { name: rule.name })}
          disabled={update.isPending}
          onCheckedChange={(enabled) => update.mutate({ id: rule.id, patch: { enabled } }, { onError: failed })}
        />
      </TableCell>
      <TableCell>
        <div className="font-medium">{rule.name}</div>
        {rule.builtin && <Badge>{t('page.errorRules.builtin')}</Badge>}
      </TableCell>
      <TableCell className="max-w-md break-words font-mono text-xs">
        {matchSummary(rule, t('page.errorRules.any'))}
      </TableCell>
      <TableCell>{t(`page.errorRules.action.${rule.action}`)}</TableCell>
      <TableCell>{breaker}</TableCell>
      <TableCell>
        {!rule.builtin && (
          <Button
            variant="ghost"
            size="icon"
            aria-label={t('page.errorRules.delete', { name: rule.name })}
            onClick={() =>
              remove.mutate(rule.id, {
                onSuccess: () => toast({ title: t('page.errorRules.deleted'), tone: 'success' }),
                onError: failed,
              })
            }
          >
            <Trash2 className="size-4" aria-hidden />
          </Button>
        )}
      </TableCell>
    </TableRow>
  );
}

/** Error rules, the sample tester and the rectifier switches on one page. */
export function ErrorRulesPage() {
  const t = useT();
  const query = useQuery(errorRulesQueryOptions());
  return (
    <>
      <PageHeader title={t('page.errorRules.title')} description={t('page.errorRules.description')} />
      <div className="grid gap-6">
        <Card title={t('page.errorRules.rules')} description={t('page.errorRules.rulesHint')}>
          <QueryState query={query}>
            {(data) => (
              <Table>
                <TableHeader>
                  <TableRow>
                    <TableHead>{t('page.errorRules.col.enabled')}</TableHead>
                    <TableHead>{t('page.errorRules.col.name')}</TableHead>
                    <TableHead>{t('page.errorRules.col.match')}</TableHead>
                    <TableHead>{t('page.errorRules.col.action')}</TableHead>
                    <TableHead>{t('page.errorRules.col.breaker')}</TableHead>
                    <TableHead>{t('page.errorRules.col.actions')}</TableHead>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {data.items.map((rule) => (
                    <RuleRow key={rule.id} rule={rule} />
                  ))}
                </TableBody>
              </Table>
            )}
          </QueryState>
        </Card>
        <div className="grid gap-6 xl:grid-cols-2 xl:items-start">
          <ErrorRuleForm />
          <ErrorSampleTest />
        </div>
        <RectifiersCard />
      </div>
    </>
  );
}
