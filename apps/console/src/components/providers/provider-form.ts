import { z } from 'zod';
import {
  type CreateProviderInput,
  DAILY_MODES,
  FIVE_HOUR_MODES,
  type LimitsPatchInput,
  PROVIDER_DEFAULTS,
  SPEND_LIMIT_KINDS,
  type UpdateProviderInput,
} from '@cch/contract';
import {
  PROTOCOL_IDS,
  PROVIDER_TYPES,
  type Provider,
  type ProtocolId,
  REDIRECT_MATCHES,
  type RedirectMatch,
} from '../../api/providers';

export { PROVIDER_DEFAULTS };

/** What the form sends: every field on edit; create adds the API key (the form requires one). */
export type ProviderFormInput = UpdateProviderInput & Pick<CreateProviderInput, 'name' | 'type' | 'baseUrl'>;

export interface RedirectRow {
  rowId: number;
  match: RedirectMatch;
  pattern: string;
  target: string;
}
export interface HeaderRow {
  rowId: number;
  name: string;
  value: string;
}

export const USD_LIMITS = SPEND_LIMIT_KINDS;
export type UsdLimit = (typeof USD_LIMITS)[number];

/** What the inputs hold: text for numbers (an empty box is a state of its own), rows for the list editors. */
export interface ProviderFormValues {
  name: string;
  type: (typeof PROVIDER_TYPES)[number];
  baseUrl: string;
  /** Write-only: never filled from the server; blank on edit keeps the stored key. */
  apiKey: string;
  enabled: boolean;
  weight: string;
  priority: string;
  groups: string;
  costMultiplier: string;
  modelRedirects: RedirectRow[];
  allowedModels: string;
  allowedClients: string;
  blockedClients: string;
  acceptedFormats: ProtocolId[];
  activeHoursEnabled: boolean;
  activeStart: string;
  activeEnd: string;
  proxyUrl: string;
  proxyFallbackToDirect: boolean;
  customHeaders: HeaderRow[];
  connectMs: string;
  firstByteMs: string;
  streamIdleMs: string;
  totalMs: string;
  /** Empty: hedging off. */
  hedgeAfterMs: string;
  retryBudget: string;
  failureThreshold: string;
  openDurationMs: string;
  halfOpenSuccesses: string;
  countNetworkErrors: boolean;
  concurrencyLimit: string;
  rpm: string;
  concurrentSessions: string;
  usd5h: string;
  usdDaily: string;
  usdWeekly: string;
  usdMonthly: string;
  usdTotal: string;
  fiveHourMode: 'rolling' | 'fixed';
  dailyMode: 'fixed' | 'rolling';
  dailyResetTime: string;
}

let nextRowId = 1;
/** A fresh key for a row of a list editor (React needs one that survives reordering and removal). */
export const newRowId = () => nextRowId++;

const text = (n: number | null) => (n === null ? '' : String(n));
const list = (items: readonly string[]) => items.join(', ');

export function emptyProviderForm(): ProviderFormValues {
  const { timeouts: t, circuitBreaker: b } = PROVIDER_DEFAULTS;
  return {
    name: '',
    type: 'claude',
    baseUrl: '',
    apiKey: '',
    enabled: true,
    weight: String(PROVIDER_DEFAULTS.weight),
    priority: String(PROVIDER_DEFAULTS.priority),
    groups: list(PROVIDER_DEFAULTS.groups),
    costMultiplier: PROVIDER_DEFAULTS.costMultiplier,
    modelRedirects: [],
    allowedModels: '',
    allowedClients: '',
    blockedClients: '',
    acceptedFormats: [],
    activeHoursEnabled: false,
    activeStart: '09:00',
    activeEnd: '18:00',
    proxyUrl: '',
    proxyFallbackToDirect: false,
    customHeaders: [],
    connectMs: text(t.connectMs),
    firstByteMs: text(t.firstByteMs),
    streamIdleMs: text(t.streamIdleMs),
    totalMs: text(t.totalMs),
    hedgeAfterMs: '',
    retryBudget: String(PROVIDER_DEFAULTS.retryBudget),
    failureThreshold: text(b.failureThreshold),
    openDurationMs: text(b.openDurationMs),
    halfOpenSuccesses: text(b.halfOpenSuccesses),
    countNetworkErrors: b.countNetworkErrors,
    concurrencyLimit: '',
    rpm: '',
    concurrentSessions: '',
    usd5h: '',
    usdDaily: '',
    usdWeekly: '',
    usdMonthly: '',
    usdTotal: '',
    fiveHourMode: 'rolling',
    dailyMode: 'fixed',
    dailyResetTime: '00:00',
  };
}

export function providerToForm(p: Provider): ProviderFormValues {
  return {
    name: p.name,
    type: p.type,
    baseUrl: p.baseUrl,
    apiKey: '',
    enabled: p.enabled,
    weight: String(p.weight),
    priority: String(p.priority),
    groups: list(p.groups),
    costMultiplier: p.costMultiplier,
    modelRedirects: p.modelRedirects.map((r) => ({ rowId: newRowId(), ...r })),
    allowedModels: list(p.allowedModels),
    allowedClients: list(p.allowedClients),
    blockedClients: list(p.blockedClients),
    acceptedFormats: [...p.acceptedFormats],
    activeHoursEnabled: p.activeHours !== null,
    activeStart: p.activeHours?.start ?? '09:00',
    activeEnd: p.activeHours?.end ?? '18:00',
    proxyUrl: p.proxyUrl ?? '',
    proxyFallbackToDirect: p.proxyFallbackToDirect,
    customHeaders: Object.entries(p.customHeaders).map(([name, value]) => ({ rowId: newRowId(), name, value })),
    connectMs: text(p.timeouts.connectMs),
    firstByteMs: text(p.timeouts.firstByteMs),
    streamIdleMs: text(p.timeouts.streamIdleMs),
    totalMs: text(p.timeouts.totalMs),
    hedgeAfterMs: text(p.timeouts.hedgeAfterMs),
    retryBudget: String(p.retryBudget),
    failureThreshold: text(p.circuitBreaker.failureThreshold),
    openDurationMs: text(p.circuitBreaker.openDurationMs),
    halfOpenSuccesses: text(p.circuitBreaker.halfOpenSuccesses),
    countNetworkErrors: p.circuitBreaker.countNetworkErrors,
    concurrencyLimit: text(p.concurrencyLimit),
    rpm: text(p.limits.rpm),
    concurrentSessions: text(p.limits.concurrentSessions),
    usd5h: p.limits.usd5h ?? '',
    usdDaily: p.limits.usdDaily ?? '',
    usdWeekly: p.limits.usdWeekly ?? '',
    usdMonthly: p.limits.usdMonthly ?? '',
    usdTotal: p.limits.usdTotal ?? '',
    fiveHourMode: p.limits.fiveHourMode,
    dailyMode: p.limits.dailyMode,
    dailyResetTime: p.limits.dailyResetTime,
  };
}

/** Error codes are message-key suffixes: `page.providers.error.<code>`. */
export type FieldErrorCode =
  | 'required'
  | 'url'
  | 'integer'
  | 'min0'
  | 'positive'
  | 'retryRange'
  | 'decimal'
  | 'hhmm'
  | 'proxyUrl'
  | 'regex'
  | 'duplicate'
  | 'headerName';
/** Errors by field path: `name`, `modelRedirects.2.pattern`, `customHeaders.0.name`. */
export type ProviderFormErrors = Partial<Record<string, FieldErrorCode>>;

const INT = /^-?\d+$/;
const DECIMAL = /^\d+(\.\d+)?$/;
const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

const isHttpUrl = (value: string) => {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
};
const isRegex = (value: string) => {
  try {
    new RegExp(value);
    return true;
  } catch {
    return false;
  }
};

const required = z.string().trim().min(1, 'required');
/** An integer ≥ min; `optional` lets an empty box through (meaning "none"). */
const int = (min: number, code: FieldErrorCode, optional = false) =>
  z
    .string()
    .trim()
    .superRefine((v, ctx) => {
      if (v === '') {
        if (!optional) ctx.addIssue({ code: 'custom', message: 'required' });
        return;
      }
      if (!INT.test(v)) ctx.addIssue({ code: 'custom', message: 'integer' });
      else if (Number(v) < min) ctx.addIssue({ code: 'custom', message: code });
    });
const decimal = (optional: boolean) =>
  z
    .string()
    .trim()
    .refine((v) => (optional && v === '') || DECIMAL.test(v), 'decimal');
const hhmm = z.string().regex(HHMM, 'hhmm');

/** The whole form as zod sees it; each issue's message is a {@link FieldErrorCode}. */
const formSchema = (mode: 'create' | 'edit') =>
  z
    .object({
      name: required,
      type: z.enum(PROVIDER_TYPES),
      baseUrl: required.refine(isHttpUrl, 'url'),
      apiKey: mode === 'create' ? required : z.string(),
      enabled: z.boolean(),
      weight: int(0, 'min0'),
      priority: int(Number.MIN_SAFE_INTEGER, 'integer'),
      groups: z.string(),
      costMultiplier: decimal(false),
      modelRedirects: z.array(
        z
          .object({ rowId: z.number(), match: z.enum(REDIRECT_MATCHES), pattern: required, target: required })
          .superRefine((row, ctx) => {
            if (row.match === 'regex' && row.pattern.trim() !== '' && !isRegex(row.pattern))
              ctx.addIssue({ code: 'custom', message: 'regex', path: ['pattern'] });
          }),
      ),
      allowedModels: z.string(),
      allowedClients: z.string(),
      blockedClients: z.string(),
      acceptedFormats: z.array(z.enum(PROTOCOL_IDS)),
      activeHoursEnabled: z.boolean(),
      activeStart: z.string(),
      activeEnd: z.string(),
      proxyUrl: z
        .string()
        .trim()
        .refine((v) => v === '' || /^(https?|socks5):\/\/.+/.test(v), 'proxyUrl'),
      proxyFallbackToDirect: z.boolean(),
      customHeaders: z.array(
        z.object({ rowId: z.number(), name: required.regex(HEADER_NAME, 'headerName'), value: z.string() }),
      ),
      connectMs: int(1, 'positive'),
      firstByteMs: int(1, 'positive'),
      streamIdleMs: int(1, 'positive'),
      totalMs: int(1, 'positive'),
      hedgeAfterMs: int(1, 'positive', true),
      retryBudget: int(0, 'retryRange').refine((v) => !INT.test(v.trim()) || Number(v) <= 10, 'retryRange'),
      failureThreshold: int(1, 'positive'),
      openDurationMs: int(1, 'positive'),
      halfOpenSuccesses: int(1, 'positive'),
      countNetworkErrors: z.boolean(),
      concurrencyLimit: int(1, 'positive', true),
      rpm: int(1, 'positive', true),
      concurrentSessions: int(1, 'positive', true),
      usd5h: decimal(true),
      usdDaily: decimal(true),
      usdWeekly: decimal(true),
      usdMonthly: decimal(true),
      usdTotal: decimal(true),
      fiveHourMode: z.enum(FIVE_HOUR_MODES),
      dailyMode: z.enum(DAILY_MODES),
      dailyResetTime: hhmm,
    })
    .superRefine((v, ctx) => {
      if (v.activeHoursEnabled) {
        if (!HHMM.test(v.activeStart)) ctx.addIssue({ code: 'custom', message: 'hhmm', path: ['activeStart'] });
        if (!HHMM.test(v.activeEnd)) ctx.addIssue({ code: 'custom', message: 'hhmm', path: ['activeEnd'] });
      }
      const seen = new Set<string>();
      v.customHeaders.forEach((h, i) => {
        const key = h.name.trim().toLowerCase();
        if (key !== '' && seen.has(key))
          ctx.addIssue({ code: 'custom', message: 'duplicate', path: ['customHeaders', i, 'name'] });
        seen.add(key);
      });
    });

const CODES = new Set<string>([
  'required',
  'url',
  'integer',
  'min0',
  'positive',
  'retryRange',
  'decimal',
  'hhmm',
  'proxyUrl',
  'regex',
  'duplicate',
  'headerName',
]);

/** Field errors of the form (the first per field); empty when it can be submitted. */
const SCHEMAS = { create: formSchema('create'), edit: formSchema('edit') };

export function validateProviderForm(values: ProviderFormValues, mode: 'create' | 'edit'): ProviderFormErrors {
  const result = SCHEMAS[mode].safeParse(values);
  if (result.success) return {};
  const errors: ProviderFormErrors = {};
  for (const issue of result.error.issues) {
    const path = issue.path.join('.');
    // Safe: every custom message above is a FieldErrorCode; anything else (a zod default) falls back to "required".
    const code = (CODES.has(issue.message) ? issue.message : 'required') as FieldErrorCode;
    errors[path] ??= code;
  }
  return errors;
}

/** "a, b\nc" → ["a", "b", "c"]: commas or new lines, blanks dropped, duplicates removed. */
export function splitList(value: string): string[] {
  return [
    ...new Set(
      value
        .split(/[,\n]/)
        .map((s) => s.trim())
        .filter((s) => s !== ''),
    ),
  ];
}

const optionalInt = (v: string) => (v.trim() === '' ? null : Number(v));
const optionalUsd = (v: string) => (v.trim() === '' ? null : v.trim());

/**
 * The request body. Create and edit both send every field, so what the form shows is what is stored
 * (a cleared list or limit is cleared); the API key only when one was typed.
 */
export function providerFormToInput(values: ProviderFormValues): ProviderFormInput {
  const limits: LimitsPatchInput = {
    rpm: optionalInt(values.rpm),
    concurrentSessions: optionalInt(values.concurrentSessions),
    ...Object.fromEntries(USD_LIMITS.map((k) => [k, optionalUsd(values[k])])),
    fiveHourMode: values.fiveHourMode,
    dailyMode: values.dailyMode,
    dailyResetTime: values.dailyResetTime,
  };
  const apiKey = values.apiKey.trim();
  return {
    name: values.name.trim(),
    type: values.type,
    baseUrl: values.baseUrl.trim(),
    ...(apiKey !== '' && { apiKey }),
    enabled: values.enabled,
    weight: Number(values.weight),
    priority: Number(values.priority),
    groups: splitList(values.groups),
    costMultiplier: values.costMultiplier.trim(),
    modelRedirects: values.modelRedirects.map(({ match, pattern, target }) => ({
      match,
      pattern: pattern.trim(),
      target: target.trim(),
    })),
    allowedModels: splitList(values.allowedModels),
    allowedClients: splitList(values.allowedClients),
    blockedClients: splitList(values.blockedClients),
    acceptedFormats: PROTOCOL_IDS.filter((p) => values.acceptedFormats.includes(p)),
    activeHours: values.activeHoursEnabled ? { start: values.activeStart, end: values.activeEnd } : null,
    proxyUrl: values.proxyUrl.trim() === '' ? null : values.proxyUrl.trim(),
    proxyFallbackToDirect: values.proxyFallbackToDirect,
    customHeaders: Object.fromEntries(values.customHeaders.map((h) => [h.name.trim(), h.value])),
    timeouts: {
      connectMs: Number(values.connectMs),
      firstByteMs: Number(values.firstByteMs),
      streamIdleMs: Number(values.streamIdleMs),
      totalMs: Number(values.totalMs),
      hedgeAfterMs: optionalInt(values.hedgeAfterMs),
    },
    retryBudget: Number(values.retryBudget),
    circuitBreaker: {
      failureThreshold: Number(values.failureThreshold),
      openDurationMs: Number(values.openDurationMs),
      halfOpenSuccesses: Number(values.halfOpenSuccesses),
      countNetworkErrors: values.countNetworkErrors,
    },
    concurrencyLimit: optionalInt(values.concurrencyLimit),
    limits,
  };
}
