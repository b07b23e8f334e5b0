import { z } from 'zod';
import { isoDate, pageOf, pageQuery } from './common.js';
import { logSummarySchema } from './logs.js';

/** A session with its request-log aggregates: live ones (seen within SESSION_TTL) and recent ones. */
export const sessionSchema = z.object({
  id: z.string(),
  /** Seen within the session TTL (still sticky to its provider). */
  live: z.boolean(),
  firstSeenAt: isoDate.nullable().describe('First logged request (null when none is logged yet)'),
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

export const SESSION_SCOPES = ['live', 'recent'] as const;
export type SessionScope = (typeof SESSION_SCOPES)[number];

/** `GET /admin/sessions`: live sessions, or recent ones from the request log; filters match any of its requests. */
export const sessionListQuery = z.object({
  scope: z
    .enum(SESSION_SCOPES)
    .default('live')
    .describe('live: seen within SESSION_TTL; recent: logged within `hours`, newest first'),
  hours: z.coerce.number().int().min(1).max(720).default(24).describe('How far back `recent` looks'),
  userId: z.string().min(1).optional(),
  keyId: z.string().min(1).optional(),
  providerId: z.string().min(1).optional(),
});
export type SessionListQuery = z.infer<typeof sessionListQuery>;

export const sessionParams = z.object({ id: z.string().min(1) });

/** `GET /admin/sessions/{id}/requests`: the session's requests, oldest first by default (the conversation's order). */
export const sessionRequestsQuery = z.object({
  ...pageQuery,
  order: z.enum(['asc', 'desc']).default('asc'),
});

/** A session's request, and whether its bodies are stored. */
export const sessionRequestSchema = logSummarySchema.extend({ hasBodies: z.boolean() });
export type SessionRequest = z.infer<typeof sessionRequestSchema>;
export const sessionRequestPageSchema = pageOf(sessionRequestSchema);

export const requestBodiesParams = z.object({ requestId: z.string().min(1) });

const storedBodySchema = z.object({
  /** The text as stored (JSON in the protocol's shape, unless truncated or unreadable). */
  body: z.string().nullable(),
  /** Size as sent, before the cap. */
  bytes: z.number().int(),
  truncated: z.boolean().describe('Cut at BODY_STORE_MAX_BYTES'),
});

/** `GET /admin/requests/{requestId}/bodies`: what the client sent and the answer it got. */
export const requestBodiesSchema = z.object({
  requestId: z.string(),
  sessionId: z.string().nullable(),
  protocol: z.string().describe("The client's protocol: both bodies are in its shape"),
  createdAt: isoDate,
  request: storedBodySchema,
  response: storedBodySchema.extend({
    streamed: z.boolean(),
    assembled: z.boolean().describe('A stream reassembled into the protocol’s whole answer (else the text as sent)'),
  }),
});
export type RequestBodies = z.infer<typeof requestBodiesSchema>;
