import { z } from 'zod';
import { isoDate } from './common.js';

export const SENSITIVE_WORD_KINDS = ['word', 'regex'] as const;
export type SensitiveWordKind = (typeof SENSITIVE_WORD_KINDS)[number];

const wordFields = z.object({
  pattern: z.string().min(1).max(200).describe('A word (case-insensitive substring) or a regular expression'),
  kind: z.enum(SENSITIVE_WORD_KINDS),
  scopeGroup: z.string().trim().min(1).max(200).nullable().default(null).describe('User group; null for everyone'),
  enabled: z.boolean().default(true),
  note: z.string().max(500).default(''),
});

/** A regex pattern is also checked for catastrophic backtracking when saved. */
export const sensitiveWordBody = wordFields;
export type SensitiveWordInput = z.input<typeof sensitiveWordBody>;

export const sensitiveWordSchema = wordFields.extend({ id: z.string(), createdAt: isoDate, updatedAt: isoDate });
export type SensitiveWord = z.infer<typeof sensitiveWordSchema>;
export const sensitiveWordListSchema = z.object({ items: z.array(sensitiveWordSchema) });
