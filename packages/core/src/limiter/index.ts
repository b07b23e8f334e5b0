export {
  type LimitKind,
  type LimitSubject,
  type LimitSubjectKind,
  type SpendLimitKind,
  type WindowShape,
  limitName,
  SPEND_LIMIT_KINDS,
} from './limit-kinds.js';
export { limiterKeys } from './limiter-keys.js';
export { nanoToUsd } from './nano-usd.js';
export { dayPeriod, fiveHourBlock, monthPeriod, type Period, weekPeriod } from './window-periods.js';
export { civilTimeAt, epochOfCivilTime, formatZonedIso, zoneOffsetAt, type CivilTime } from './zoned-time.js';
export { everySpendWindow, spendWindow, type SpendWindow, type WindowClock } from './spend-windows.js';
export {
  type CheckClock,
  type CheckOrigin,
  RPM_WINDOW_MS,
  subjectChecks,
  type SubjectChecks,
} from './subject-checks.js';
export {
  type AdmissionPlan,
  isEmptyPlan,
  type LimitedSubject,
  planAdmission,
  type PlanAdmissionInput,
  planUsageRecord,
} from './plan-admission.js';
export { describeRefusal, type DescribeRefusalOptions, type Refusal, type RefusalDetails } from './describe-refusal.js';
export { readUsage, type SubjectUsage, type UsageEntry } from './read-usage.js';
export { resetUsage } from './reset-usage.js';
export { type RebuildSpendInput, rebuildSpendCounters, subjectResetKey } from './rebuild-spend.js';
export { ensureSpendCounters, type SpendCountersState } from './spend-epoch.js';
