import { z } from 'zod';

export const idParams = z.object({ id: z.string().min(1) });
export const numericIdParams = z.object({ id: z.coerce.number().int().positive() });

/** A timestamp in JSON: ISO 8601 in responses, ISO 8601 in requests (parsed to a Date). */
export const isoDate = z.string().describe('ISO 8601 date-time');
export const dateInput = z.iso.datetime({ offset: true }).transform((s) => new Date(s));

/** USD as an exact decimal string; a JSON number is accepted and kept as written. */
export const usdInput = z
  .union([
    z.string().regex(/^\d+(\.\d+)?$/, 'expected a non-negative decimal such as "12.5"'),
    z.number().nonnegative(),
  ])
  .transform((v) => String(v));

/** A wall-clock time of day, HH:mm. */
export const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected HH:mm');

const fieldErrorSchema = z.object({ in: z.string(), field: z.string(), message: z.string() });

/** RFC 9457 problem details, as every admin error is rendered. */
export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    instance: z.string().optional(),
    errors: z.array(fieldErrorSchema).optional(),
  })
  .meta({ id: 'Problem' });
export type Problem = z.infer<typeof problemSchema>;

export const okSchema = z.object({ ok: z.literal(true) });

/** A page of a cursor-paginated list: `nextCursor` is null on the last page. */
export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.number().int().nullable() });
}

export const pageQuery = {
  limit: z.coerce.number().int().min(1).max(500).optional(),
  cursor: z.coerce.number().int().positive().optional(),
};
