import type { CostReportQuery } from '@cch/contract';

export type CostReportDimension = CostReportQuery['by'][number];
export type CostReportFormat = CostReportQuery['format'];

export interface CostReportChoice {
  /** Local calendar days, `YYYY-MM-DD`; the report runs from the start of `fromDay` to the end of `toDay`. */
  fromDay: string;
  toDay: string;
  by: readonly CostReportDimension[];
  format: CostReportFormat;
}

/** Local midnight of a `YYYY-MM-DD` day, `days` later. */
function localMidnight(day: string, days = 0): Date {
  const [year = 0, month = 1, date = 1] = day.split('-').map(Number);
  return new Date(year, month - 1, date + days);
}

/** Whether the choice makes a report: at least one grouping, and a period that does not end before it starts. */
export function isCostReportChoiceValid(choice: CostReportChoice): boolean {
  return choice.by.length > 0 && choice.fromDay !== '' && choice.toDay !== '' && choice.fromDay <= choice.toDay;
}

/** The report's download address (the browser sends the session cookie with it). */
export function costReportUrl(choice: CostReportChoice): string {
  const query = new URLSearchParams({
    from: localMidnight(choice.fromDay).toISOString(),
    to: localMidnight(choice.toDay, 1).toISOString(),
    by: choice.by.join(','),
    format: choice.format,
  });
  return `/admin/reports/cost?${query.toString()}`;
}
