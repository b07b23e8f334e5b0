import type { ReactNode } from 'react';
import { COST_PARTS, type LogDetail } from '../../api/logs';
import { useFormat } from '../../i18n/use-format';
import { useT } from '../../i18n/use-t';
import { cn } from '../ui/cn';

export function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section aria-label={title} className="space-y-2">
      <h3 className="text-sm font-semibold text-zinc-900 dark:text-zinc-50">{title}</h3>
      {children}
    </section>
  );
}

/** A two-column list of label → value rows. */
export function Rows({ rows, className }: { rows: [label: string, value: ReactNode][]; className?: string }) {
  return (
    <dl
      className={cn(
        'divide-y divide-zinc-100 rounded-lg border border-zinc-200 text-sm dark:divide-zinc-800 dark:border-zinc-800',
        className,
      )}
    >
      {rows.map(([label, value]) => (
        <div key={label} className="flex items-start justify-between gap-4 px-3 py-2">
          <dt className="shrink-0 text-zinc-500 dark:text-zinc-400">{label}</dt>
          <dd className="min-w-0 text-right break-words text-zinc-900 tabular-nums dark:text-zinc-100">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** Every token kind the request used, and their sum (reasoning is part of output, so not added twice). */
export function TokenRows({ log }: { log: LogDetail }) {
  const t = useT();
  const format = useFormat();
  const total =
    log.inputTokens + log.outputTokens + log.cacheReadTokens + log.cacheWrite5mTokens + log.cacheWrite1hTokens;
  return (
    <Rows
      rows={[
        [t('page.logs.detail.token.input'), format.number(log.inputTokens)],
        [t('page.logs.detail.token.output'), format.number(log.outputTokens)],
        [t('page.logs.detail.token.cacheRead'), format.number(log.cacheReadTokens)],
        [t('page.logs.detail.token.cacheWrite5m'), format.number(log.cacheWrite5mTokens)],
        [t('page.logs.detail.token.cacheWrite1h'), format.number(log.cacheWrite1hTokens)],
        [t('page.logs.detail.token.reasoning'), format.number(log.reasoningTokens)],
        [t('page.logs.detail.token.total'), <strong key="total">{format.number(total)}</strong>],
      ]}
    />
  );
}

const COST_LABEL = {
  inputUsd: 'page.logs.detail.cost.inputUsd',
  outputUsd: 'page.logs.detail.cost.outputUsd',
  cacheReadUsd: 'page.logs.detail.cost.cacheReadUsd',
  cacheWrite5mUsd: 'page.logs.detail.cost.cacheWrite5mUsd',
  cacheWrite1hUsd: 'page.logs.detail.cost.cacheWrite1hUsd',
  requestUsd: 'page.logs.detail.cost.requestUsd',
} as const;

/** The cost parts (each already multiplied), the total, and the multiplier that was applied. */
export function CostRows({ log }: { log: LogDetail }) {
  const t = useT();
  const format = useFormat();
  const total = Number(log.costUsd);
  const parts = COST_PARTS.filter((part) => log.costBreakdown[part] !== undefined);
  return (
    <>
      <Rows
        rows={[
          ...parts.map((part): [string, ReactNode] => [
            t(COST_LABEL[part]),
            format.money(Number(log.costBreakdown[part])),
          ]),
          [t('page.logs.detail.cost.total'), <strong key="total">{format.money(total)}</strong>],
        ]}
      />
      {total === 0 && parts.length === 0 ? (
        <p className="text-xs text-zinc-500 dark:text-zinc-400">{t('page.logs.detail.cost.unpriced')}</p>
      ) : (
        Number(log.costMultiplier) !== 1 && (
          <p className="text-xs text-zinc-500 dark:text-zinc-400">
            {t('page.logs.detail.cost.multiplier', { value: format.number(Number(log.costMultiplier)) })}
          </p>
        )
      )}
    </>
  );
}
