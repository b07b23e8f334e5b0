import { z } from 'zod';
import { dateInput, isoDate, pageOf, pageQuery } from './common.js';

/** One audited change: who did what to which record, with its state before and after. */
export const auditEntrySchema = z.object({
  id: z.number().int(),
  createdAt: isoDate,
  actor: z.string(),
  action: z.string(),
  targetType: z.string(),
  targetId: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
  ip: z.string().nullable(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;
export const auditPageSchema = pageOf(auditEntrySchema);
export const auditQuery = z.object({
  ...pageQuery,
  actor: z.string().trim().min(1).max(200).optional().describe('Exactly this actor (admin, or user:<name>)'),
  action: z
    .string()
    .trim()
    .min(1)
    .max(100)
    .optional()
    .describe('An action or its prefix: "provider" matches provider.create, provider.update …'),
  targetType: z.string().trim().min(1).max(50).optional(),
  targetId: z.string().trim().min(1).max(100).optional(),
  from: dateInput.optional().describe('Inclusive'),
  to: dateInput.optional().describe('Exclusive'),
});
export type AuditQuery = z.output<typeof auditQuery>;
