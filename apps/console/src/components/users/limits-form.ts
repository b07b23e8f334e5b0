import { COUNT_LIMIT_KINDS, type Limits, type LimitsPatchInput, SPEND_LIMIT_KINDS } from '@cch/contract';

/** The limit inputs as typed: strings, empty meaning "no limit". */
export interface LimitsFormValues {
  rpm: string;
  concurrentSessions: string;
  usd5h: string;
  usdDaily: string;
  usdWeekly: string;
  usdMonthly: string;
  usdTotal: string;
  fiveHourMode: Limits['fiveHourMode'];
  dailyMode: Limits['dailyMode'];
  dailyResetTime: string;
}

export const COUNT_LIMITS = COUNT_LIMIT_KINDS;
export const USD_LIMITS = SPEND_LIMIT_KINDS;
type CountLimit = (typeof COUNT_LIMITS)[number];
type UsdLimit = (typeof USD_LIMITS)[number];

export type LimitsError = 'positiveInteger' | 'decimal' | 'time';
export type LimitsErrors = Partial<Record<keyof LimitsFormValues, LimitsError>>;

export const emptyLimitsForm: LimitsFormValues = {
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

export function limitsToForm(limits: Limits): LimitsFormValues {
  return {
    rpm: limits.rpm === null ? '' : String(limits.rpm),
    concurrentSessions: limits.concurrentSessions === null ? '' : String(limits.concurrentSessions),
    usd5h: limits.usd5h ?? '',
    usdDaily: limits.usdDaily ?? '',
    usdWeekly: limits.usdWeekly ?? '',
    usdMonthly: limits.usdMonthly ?? '',
    usdTotal: limits.usdTotal ?? '',
    fiveHourMode: limits.fiveHourMode,
    dailyMode: limits.dailyMode,
    dailyResetTime: limits.dailyResetTime,
  };
}

const POSITIVE_INTEGER = /^[1-9]\d*$/;
const DECIMAL = /^\d+(\.\d+)?$/;
const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/;

/** The same rules the API applies: counts are positive integers, USD a non-negative decimal. */
export function validateLimits(values: LimitsFormValues): LimitsErrors {
  const errors: LimitsErrors = {};
  for (const field of COUNT_LIMITS) {
    const value = values[field].trim();
    if (value !== '' && !POSITIVE_INTEGER.test(value)) errors[field] = 'positiveInteger';
  }
  for (const field of USD_LIMITS) {
    const value = values[field].trim();
    if (value !== '' && !DECIMAL.test(value)) errors[field] = 'decimal';
  }
  if (!HH_MM.test(values.dailyResetTime)) errors.dailyResetTime = 'time';
  return errors;
}

/** Every limit, so an emptied field clears it (null) on update. Assumes the values are valid. */
export function limitsToPatch(values: LimitsFormValues): LimitsPatchInput {
  const count = (field: CountLimit) => {
    const value = values[field].trim();
    return value === '' ? null : Number(value);
  };
  const usd = (field: UsdLimit) => {
    const value = values[field].trim();
    return value === '' ? null : value;
  };
  return {
    rpm: count('rpm'),
    concurrentSessions: count('concurrentSessions'),
    usd5h: usd('usd5h'),
    usdDaily: usd('usdDaily'),
    usdWeekly: usd('usdWeekly'),
    usdMonthly: usd('usdMonthly'),
    usdTotal: usd('usdTotal'),
    fiveHourMode: values.fiveHourMode,
    dailyMode: values.dailyMode,
    dailyResetTime: values.dailyResetTime,
  };
}
