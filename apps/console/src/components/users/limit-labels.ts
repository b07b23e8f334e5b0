import type { LimitKind } from '../../api/quota';
import type { MessageKey } from '../../i18n/en';
import type { LimitsError } from './limits-form';

export const LIMIT_LABEL = {
  rpm: 'page.users.limit.rpm',
  concurrentSessions: 'page.users.limit.concurrentSessions',
  usd5h: 'page.users.limit.usd5h',
  usdDaily: 'page.users.limit.usdDaily',
  usdWeekly: 'page.users.limit.usdWeekly',
  usdMonthly: 'page.users.limit.usdMonthly',
  usdTotal: 'page.users.limit.usdTotal',
} as const satisfies Record<LimitKind, MessageKey>;

export const LIMIT_ERROR = {
  positiveInteger: 'page.users.error.positiveInteger',
  decimal: 'page.users.error.decimal',
  time: 'page.users.error.time',
} as const satisfies Record<LimitsError, MessageKey>;

export const FORM_ERROR = {
  required: 'page.users.error.required',
  date: 'page.users.error.date',
} as const satisfies Record<'required' | 'date', MessageKey>;
