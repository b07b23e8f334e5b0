import { z } from 'zod';
import { isoDate, pageQuery } from './common.js';

/** A live session (seen within SESSION_TTL) with its request-log aggregates. */
export const sessionSchema = z.object({
  id: z.string(),
  lastSeenAt: isoDate,
  boundProviderId: z.string().nullable().describe('The provider the session is sticky to right now'),
  userId: z.string().nullable(),
  keyId: z.string().nullable(),
  providerId: z.string().nullable().describe('Provider of the latest logged request'),
  requests: z.number(),
  inputTokens: z.number(),
  outputTokens: z.number(),
  costUsd: z.string(),
});
export type Session = z.infer<typeof sessionSchema>;

export const sessionListSchema = z.object({ items: z.array(sessionSchema) });

export const sessionParams = z.object({ id: z.string().min(1) });
/** `GET /admin/sessions/{id}/requests` pages through the request log (see logPageSchema). */
export const sessionRequestsQuery = z.object(pageQuery);
