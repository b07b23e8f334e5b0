import { CheckCircle2, CircleX } from 'lucide-react';
import type { Attempt, DecisionChain, FilterStep } from '../../api/logs';
import type { MessageKey } from '../../i18n/en';
import { useFormat } from '../../i18n/use-format';
import { useT } from '../../i18n/use-t';
import { cn } from '../ui/cn';
import { formatDuration } from './format-duration';

const CHOICE = {
  session_reuse: 'page.logs.choice.session_reuse',
  weighted_random: 'page.logs.choice.weighted_random',
  failover: 'page.logs.choice.failover',
} as const satisfies Record<string, MessageKey>;
const STEP = {
  enabled: 'page.logs.step.enabled',
  group: 'page.logs.step.group',
  protocol: 'page.logs.step.protocol',
  client: 'page.logs.step.client',
  model: 'page.logs.step.model',
  active_hours: 'page.logs.step.active_hours',
  circuit: 'page.logs.step.circuit',
  cooldown: 'page.logs.step.cooldown',
  limits: 'page.logs.step.limits',
  failover: 'page.logs.step.failover',
  concurrency: 'page.logs.step.concurrency',
} as const satisfies Record<string, MessageKey>;
export const DROP = {
  disabled: 'page.logs.drop.disabled',
  group_mismatch: 'page.logs.drop.group_mismatch',
  protocol_unsupported: 'page.logs.drop.protocol_unsupported',
  client_not_allowed: 'page.logs.drop.client_not_allowed',
  model_not_allowed: 'page.logs.drop.model_not_allowed',
  outside_active_hours: 'page.logs.drop.outside_active_hours',
  circuit_open: 'page.logs.drop.circuit_open',
  cooling_down: 'page.logs.drop.cooling_down',
  limit_exhausted: 'page.logs.drop.limit_exhausted',
  already_failed: 'page.logs.drop.already_failed',
  concurrency_full: 'page.logs.drop.concurrency_full',
} as const satisfies Record<string, MessageKey>;
/** Error classes a log row or attempt carries, in words; an unknown one is shown as its code. */
export const ERROR_CLASS = {
  no_route: 'page.logs.error.no_route',
  no_provider: 'page.logs.error.no_provider',
  upstream_failed: 'page.logs.error.upstream_failed',
  upstream_timeout: 'page.logs.error.upstream_timeout',
  stream_interrupted: 'page.logs.error.stream_interrupted',
  rate_limited: 'page.logs.error.rate_limited',
  overloaded: 'page.logs.error.overloaded',
  upstream_5xx: 'page.logs.error.upstream_5xx',
  upstream_4xx: 'page.logs.error.upstream_4xx',
  upstream_auth: 'page.logs.error.upstream_auth',
  network_error: 'page.logs.error.network_error',
  connect_timeout: 'page.logs.error.connect_timeout',
  first_byte_timeout: 'page.logs.error.first_byte_timeout',
  stream_idle_timeout: 'page.logs.error.stream_idle_timeout',
  total_timeout: 'page.logs.error.total_timeout',
  client_closed: 'page.logs.error.client_closed',
  client_error: 'page.logs.error.client_error',
  invalid_api_key: 'page.logs.error.invalid_api_key',
  spend_limited: 'page.logs.error.spend_limited',
  concurrency_limited: 'page.logs.error.concurrency_limited',
  model_not_allowed: 'page.logs.error.model_not_allowed',
  empty_response: 'page.logs.error.empty_response',
  html_response: 'page.logs.error.html_response',
  error_body: 'page.logs.error.error_body',
  shutting_down: 'page.logs.error.shutting_down',
  internal: 'page.logs.error.internal',
} as const satisfies Record<string, MessageKey>;
const CIRCUIT = {
  closed: 'page.logs.circuit.closed',
  open: 'page.logs.circuit.open',
  'half-open': 'page.logs.circuit.half-open',
} as const;

export const SESSION_SOURCE = {
  header: 'page.logs.source.header',
  metadata: 'page.logs.source.metadata',
  prompt_cache_key: 'page.logs.source.prompt_cache_key',
  body: 'page.logs.source.body',
  content_hash: 'page.logs.source.content_hash',
} as const satisfies Record<string, MessageKey>;

/** A label from a table of known codes, or the raw code for one this console does not know yet. */
export function lookup(
  table: Readonly<Record<string, MessageKey>>,
  code: string,
  t: (key: MessageKey) => string,
): string {
  const key = Object.hasOwn(table, code) ? table[code] : undefined;
  return key === undefined ? code : t(key);
}

/**
 * Pairs each attempt with the selection round that picked it: a round runs for every new provider,
 * not for a same-provider retry.
 */
function withRounds(chain: DecisionChain): { attempt: Attempt; round: FilterStep[] | undefined }[] {
  let round = -1;
  return chain.attempts.map((attempt) => {
    if (attempt.retry === 0) round += 1;
    return { attempt, round: attempt.retry === 0 ? chain.rounds[round] : undefined };
  });
}

/** The decision chain as a vertical timeline: one entry per upstream attempt, newest last. */
export function DecisionTimeline({ chain }: { chain: DecisionChain }) {
  const t = useT();
  const format = useFormat();
  if (chain.attempts.length === 0) {
    const [firstRound] = chain.rounds;
    if (firstRound && firstRound.some((step) => step.dropped.length > 0)) {
      return (
        <div className="space-y-1">
          <p className="text-sm text-zinc-600 dark:text-zinc-300">{t('page.logs.detail.noCandidate')}</p>
          <SelectionRound steps={firstRound} open />
        </div>
      );
    }
    return <p className="text-sm text-zinc-500 dark:text-zinc-400">{t('page.logs.detail.chainEmpty')}</p>;
  }
  return (
    <ol className="relative space-y-4 border-l border-zinc-200 pl-6 dark:border-zinc-700">
      {withRounds(chain).map(({ attempt, round }, index) => {
        const ok = attempt.errorClass === null && attempt.status !== null && attempt.status < 400;
        const Icon = ok ? CheckCircle2 : CircleX;
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: attempts are an append-only log, never reordered
          <li key={index} className="relative">
            <span
              className={cn(
                'absolute top-0.5 -left-[2.05rem] flex size-5 items-center justify-center rounded-full',
                'bg-white dark:bg-zinc-900',
                ok ? 'text-emerald-600 dark:text-emerald-400' : 'text-red-600 dark:text-red-400',
              )}
            >
              <Icon className="size-5" aria-hidden />
            </span>
            <div className="flex flex-wrap items-baseline gap-x-2 gap-y-1">
              <span className="text-xs font-medium text-zinc-500 uppercase dark:text-zinc-400">
                {t('page.logs.detail.attempt', { n: index + 1 })}
              </span>
              <span className="font-medium text-zinc-900 dark:text-zinc-50">{attempt.providerName}</span>
              <span className="text-sm text-zinc-600 dark:text-zinc-300">· {lookup(CHOICE, attempt.reason, t)}</span>
              {attempt.converted && (
                <span
                  className={cn(
                    'rounded-md bg-accent-50 px-1.5 py-0.5 font-mono text-xs text-accent-700',
                    'dark:bg-accent-950 dark:text-accent-300',
                  )}
                >
                  {t('page.logs.detail.converted', attempt.converted)}
                </span>
              )}
            </div>
            <p
              className={cn(
                'mt-1 text-sm',
                ok ? 'text-emerald-700 dark:text-emerald-300' : 'text-red-700 dark:text-red-300',
              )}
            >
              {ok ? t('page.logs.detail.succeeded') : t('page.logs.detail.failed')}
              {' · '}
              {attempt.status === null ? t('page.logs.detail.noStatus') : attempt.status}
              {attempt.errorClass && ` · ${lookup(ERROR_CLASS, attempt.errorClass, t)}`}
              {' · '}
              {formatDuration(format, attempt.durationMs)}
            </p>
            {attempt.errorMessage && (
              <p className="mt-1 font-mono text-xs break-words text-zinc-600 dark:text-zinc-400">
                {attempt.errorMessage}
              </p>
            )}
            <p className="mt-1 text-xs text-zinc-500 dark:text-zinc-400">
              {[
                attempt.retry > 0 ? t('page.logs.detail.retry', { n: attempt.retry }) : null,
                attempt.upstreamModel ?? null,
                attempt.priority !== undefined && attempt.weight !== undefined
                  ? t('page.logs.detail.priorityWeight', { priority: attempt.priority, weight: attempt.weight })
                  : null,
                attempt.circuit ? t('page.logs.detail.circuit', { state: lookup(CIRCUIT, attempt.circuit, t) }) : null,
              ]
                .filter((part) => part !== null)
                .join(' · ')}
            </p>
            {round && round.length > 0 && <SelectionRound steps={round} />}
          </li>
        );
      })}
    </ol>
  );
}

/** How the candidates were narrowed down before this attempt: kept count per step and who was dropped why. */
function SelectionRound({ steps, open = false }: { steps: FilterStep[]; open?: boolean }) {
  const t = useT();
  return (
    <details open={open} className="mt-2 rounded-lg border border-zinc-200 px-3 py-2 text-xs dark:border-zinc-800">
      <summary className="cursor-pointer font-medium text-zinc-700 dark:text-zinc-300">
        {t('page.logs.detail.candidates')}
      </summary>
      <ul className="mt-2 space-y-1.5">
        {steps.map((step) => (
          <li key={step.step}>
            <span className="text-zinc-700 dark:text-zinc-300">
              {t('page.logs.detail.kept', { step: lookup(STEP, step.step, t), kept: step.kept })}
            </span>
            {step.dropped.length > 0 && (
              <ul className="mt-0.5 ml-3 list-disc pl-3 text-zinc-500 dark:text-zinc-400">
                {step.dropped.map((drop) => (
                  <li key={drop.providerId}>
                    {t('page.logs.detail.dropped', {
                      provider: drop.providerName,
                      reason: lookup(DROP, drop.reason, t),
                    })}
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
    </details>
  );
}
