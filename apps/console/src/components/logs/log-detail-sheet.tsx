import { useQuery } from '@tanstack/react-query';
import { userKeysQueryOptions } from '../../api/keys';
import { logQueryOptions } from '../../api/logs';
import { useFormat } from '../../i18n/use-format';
import { useT } from '../../i18n/use-t';
import { Badge } from '../ui/badge';
import { CodeBlock } from '../ui/code-block';
import { CopyButton } from '../ui/copy-button';
import { QueryState } from '../ui/query-state';
import { Sheet, SheetContent } from '../ui/sheet';
import { DecisionTimeline, lookup, SESSION_SOURCE } from './decision-timeline';
import { formatDuration } from './format-duration';
import { RuleTouches } from './rule-touches';
import { CostRows, Rows, Section, TokenRows } from './log-detail-sections';
import { StatusBadge } from './status-badge';
import type { useNames } from './use-names';
import { cn } from '../ui/cn';

interface LogDetailSheetProps {
  id: number | null;
  onClose: () => void;
  names: ReturnType<typeof useNames>;
}

/** The drawer for one request: status, models, tokens, cost, timing and the decision chain. */
export function LogDetailSheet({ id, onClose, names }: LogDetailSheetProps) {
  const t = useT();
  return (
    <Sheet open={id !== null} onOpenChange={(open) => !open && onClose()}>
      {id !== null && (
        <SheetContent title={t('page.logs.detail.title', { id })}>
          <LogDetailBody id={id} names={names} />
        </SheetContent>
      )}
    </Sheet>
  );
}

function LogDetailBody({ id, names }: { id: number; names: ReturnType<typeof useNames> }) {
  const t = useT();
  const format = useFormat();
  const query = useQuery(logQueryOptions(id));
  const userId = query.data?.userId ?? null;
  const keys = useQuery({ ...userKeysQueryOptions(userId ?? ''), enabled: userId !== null });
  const keyName = (keyId: string) => keys.data?.find((k) => k.id === keyId)?.name;
  const none = <span className="text-zinc-400">—</span>;
  const idWithCopy = (value: string) => (
    <span className="inline-flex items-center gap-1">
      <span className="font-mono text-xs break-all">{value}</span>
      <CopyButton value={value} />
    </span>
  );
  return (
    <QueryState query={query}>
      {(log) => {
        const session = log.decisionChain.session;
        const redirected = log.upstreamModel !== null && log.upstreamModel !== log.requestedModel;
        return (
          <div className="space-y-6">
            <div className="space-y-1">
              <div className="flex flex-wrap items-center gap-2">
                <StatusBadge status={log.statusCode} errorClass={log.errorClass} />
                <span className="text-sm text-zinc-500 dark:text-zinc-400">
                  {format.dateTime(log.createdAt, { dateStyle: 'medium', timeStyle: 'medium' })}
                </span>
              </div>
              {log.errorMessage && (
                <p
                  role="note"
                  className={cn(
                    'rounded-lg bg-red-50 px-3 py-2 text-sm break-words text-red-800',
                    'dark:bg-red-950/40 dark:text-red-200',
                  )}
                >
                  {log.errorMessage}
                </p>
              )}
            </div>

            <Section title={t('page.logs.detail.models')}>
              <Rows
                rows={[
                  [
                    t('page.logs.detail.requestedModel'),
                    <span key="m" className="font-mono text-xs">
                      {log.requestedModel || '—'}
                    </span>,
                  ],
                  [
                    t('page.logs.detail.upstreamModel'),
                    log.upstreamModel === null ? (
                      none
                    ) : (
                      <span key="u" className="inline-flex flex-wrap items-center justify-end gap-1.5">
                        <span className="font-mono text-xs">{log.upstreamModel}</span>
                        {redirected && <Badge tone="accent">{t('page.logs.detail.redirected')}</Badge>}
                      </span>
                    ),
                  ],
                  [
                    t('page.logs.detail.billedModel'),
                    log.billedModel === null ? (
                      none
                    ) : (
                      <span key="b" className="font-mono text-xs">
                        {log.billedModel}
                      </span>
                    ),
                  ],
                ]}
              />
            </Section>

            <div className="grid grid-cols-1 gap-6 md:grid-cols-2">
              <Section title={t('page.logs.detail.tokens')}>
                <TokenRows log={log} />
              </Section>
              <Section title={t('page.logs.detail.cost')}>
                <CostRows log={log} />
              </Section>
            </div>

            <Section title={t('page.logs.detail.timing')}>
              <Rows
                rows={[
                  [t('page.logs.detail.duration'), formatDuration(format, log.durationMs)],
                  [t('page.logs.detail.ttfb'), log.ttfbMs === null ? none : formatDuration(format, log.ttfbMs)],
                  [
                    t('page.logs.detail.streaming'),
                    log.isStream ? t('page.logs.detail.yes') : t('page.logs.detail.no'),
                  ],
                ]}
              />
            </Section>

            <Section title={t('page.logs.detail.chain')}>
              <RuleTouches chain={log.decisionChain} />
              <DecisionTimeline chain={log.decisionChain} />
            </Section>

            <Section title={t('page.logs.detail.overview')}>
              <Rows
                rows={[
                  [t('page.logs.detail.requestId'), idWithCopy(log.requestId)],
                  [
                    t('page.logs.detail.session'),
                    log.sessionId === null ? (
                      none
                    ) : (
                      <span key="s" className="inline-flex flex-col items-end">
                        {idWithCopy(log.sessionId)}
                        {session && session.id === log.sessionId && (
                          <span className="text-xs text-zinc-500 dark:text-zinc-400">
                            {t('page.logs.detail.sessionSource', { source: lookup(SESSION_SOURCE, session.source, t) })}
                          </span>
                        )}
                      </span>
                    ),
                  ],
                  [
                    t('page.logs.detail.endpoint'),
                    <span
                      key="e"
                      className="font-mono text-xs"
                    >{`${log.method} ${log.endpoint} (${log.protocol})`}</span>,
                  ],
                  [t('page.logs.detail.user'), names.userName(log.userId) ?? log.userId ?? none],
                  [
                    t('page.logs.detail.key'),
                    log.keyId === null
                      ? none
                      : (keyName(log.keyId) ?? (
                          <span key="k" className="font-mono text-xs">
                            {log.keyId}
                          </span>
                        )),
                  ],
                  [t('page.logs.detail.provider'), names.providerName(log.providerId) ?? log.providerId ?? none],
                  [t('page.logs.detail.userAgent'), log.userAgent ?? none],
                  [t('page.logs.detail.clientIp'), log.clientIp ?? none],
                ]}
              />
            </Section>

            {log.requestBody !== null && (
              <Section title={t('page.logs.detail.requestBody')}>
                <CodeBlock code={log.requestBody} language="json" />
              </Section>
            )}
            {log.responseBody !== null && (
              <Section title={t('page.logs.detail.responseBody')}>
                <CodeBlock code={log.responseBody} language="json" />
              </Section>
            )}
          </div>
        );
      }}
    </QueryState>
  );
}
