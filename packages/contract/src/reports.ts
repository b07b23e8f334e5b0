import { z } from 'zod';
import { dateInput } from './common.js';

export const COST_REPORT_DIMENSIONS = ['user', 'key', 'provider', 'model'] as const;
export const COST_REPORT_FORMATS = ['csv', 'xlsx'] as const;

const dimensionList = z
  .string()
  .default('user,model')
  .transform((text) => text.split(',').map((part) => part.trim()))
  .pipe(
    z
      .array(z.enum(COST_REPORT_DIMENSIONS))
      .min(1)
      .refine((dimensions) => new Set(dimensions).size === dimensions.length, 'a dimension is named twice'),
  )
  .describe('Comma-separated grouping, in order: user, key, provider, model (default user,model)');

/** `GET /admin/reports/cost`: spend per user / key / provider / model over a period, as a file. */
export const costReportQuery = z
  .object({
    from: dateInput.describe('Inclusive; rounded down to its hour (the report reads the hourly rollups)'),
    to: dateInput.describe('Exclusive'),
    by: dimensionList,
    format: z.enum(COST_REPORT_FORMATS).default('csv'),
  })
  .refine((query) => query.from < query.to, { message: 'from must be before to', path: ['to'] });

export type CostReportQuery = z.output<typeof costReportQuery>;
