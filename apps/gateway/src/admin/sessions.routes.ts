import {
  requestBodiesParams,
  requestBodiesSchema,
  type Session,
  type SessionListQuery,
  sessionListQuery,
  sessionListSchema,
  sessionParams,
  sessionRequestPageSchema,
  sessionRequestsQuery,
} from '@cch/contract';
import {
  getRequestBodies,
  listRequestLogs,
  recentSessionIds,
  requestIdsWithBodies,
  sessionAggregates,
  stateKeys,
} from '@cch/core';
import type { FastifyInstance } from 'fastify';
import type { Runtime } from '../runtime.js';
import { defineRoute } from './define-route.js';
import { withDecisionSummary } from './log-summary.js';
import { notFound } from './problem.js';

const TAGS = ['sessions'];
const MAX_SESSIONS = 200;
const HOUR_MS = 3_600_000;

function filtersOf(query: SessionListQuery) {
  return {
    ...(query.userId !== undefined && { userId: query.userId }),
    ...(query.keyId !== undefined && { keyId: query.keyId }),
    ...(query.providerId !== undefined && { providerId: query.providerId }),
  };
}

/** Sessions seen within the TTL (the store's live set): id → last seen (epoch ms). */
async function liveSessions(runtime: Runtime): Promise<Map<string, number>> {
  const since = runtime.now() - runtime.settings.current().sessionTtlSeconds * 1000;
  const live = await runtime.store.zrangeAbove(stateKeys.activeSessions(), since, MAX_SESSIONS);
  return new Map(live.map(({ member, score }) => [member, score]));
}

async function listSessions(runtime: Runtime, query: SessionListQuery): Promise<Session[]> {
  const filters = filtersOf(query);
  const filtered = Object.keys(filters).length > 0;
  const live = await liveSessions(runtime);
  const ids =
    query.scope === 'live'
      ? [...live.keys()]
      : await recentSessionIds(runtime.db, {
          ...filters,
          since: new Date(runtime.now() - query.hours * HOUR_MS),
          limit: MAX_SESSIONS,
        });
  const [bindings, sums] = await Promise.all([
    runtime.store.getMany(ids.map(stateKeys.session)),
    sessionAggregates(runtime.db, ids, filters),
  ]);
  const items: Session[] = [];
  ids.forEach((id, i) => {
    const sum = sums.get(id);
    // a live session with nothing logged yet matches no filter
    if (filtered && !sum) return;
    const liveAt = live.get(id);
    const lastSeen = Math.max(liveAt ?? 0, sum?.lastSeenAt.getTime() ?? 0);
    items.push({
      id,
      live: liveAt !== undefined,
      firstSeenAt: sum?.firstSeenAt.toISOString() ?? null,
      lastSeenAt: new Date(lastSeen).toISOString(),
      boundProviderId: bindings[i] ?? null,
      userId: sum?.userId ?? null,
      keyId: sum?.keyId ?? null,
      providerId: sum?.providerId ?? null,
      requests: sum?.requests ?? 0,
      inputTokens: sum?.inputTokens ?? 0,
      outputTokens: sum?.outputTokens ?? 0,
      costUsd: sum?.costUsd ?? '0',
    });
  });
  return items;
}

export async function sessionsRoutes(app: FastifyInstance, { runtime }: { runtime: Runtime }) {
  defineRoute(app, {
    method: 'GET',
    url: '/sessions',
    summary: 'Live sessions (seen within SESSION_TTL) or recent ones, with requests, tokens, cost, first and last seen',
    tags: TAGS,
    schemas: { querystring: sessionListQuery, response: { 200: sessionListSchema } },
    handler: async (request) => ({ items: await listSessions(runtime, request.query) }),
  });

  defineRoute(app, {
    method: 'GET',
    url: '/sessions/:id/requests',
    summary: "One session's requests in order (oldest first unless order=desc), with whether bodies are stored",
    tags: TAGS,
    schemas: {
      params: sessionParams,
      querystring: sessionRequestsQuery,
      response: { 200: sessionRequestPageSchema },
    },
    handler: async (request) => {
      const page = await listRequestLogs(runtime.db, { sessionId: request.params.id, ...request.query });
      const stored = await requestIdsWithBodies(
        runtime.db,
        page.items.map((item) => item.requestId),
      );
      return {
        ...page,
        items: page.items.map((item) => ({ ...withDecisionSummary(item), hasBodies: stored.has(item.requestId) })),
      };
    },
  });

  defineRoute(app, {
    method: 'GET',
    url: '/requests/:requestId/bodies',
    summary: 'The stored request body and response (a stream reassembled into one answer) of one request',
    tags: TAGS,
    schemas: { params: requestBodiesParams, response: { 200: requestBodiesSchema } },
    handler: async (request) => {
      const row = await getRequestBodies(runtime.db, request.params.requestId);
      if (!row) throw notFound('stored bodies', request.params.requestId);
      return {
        requestId: row.requestId,
        sessionId: row.sessionId,
        protocol: row.protocol,
        createdAt: row.createdAt.toISOString(),
        request: { body: row.requestBody, bytes: row.requestBytes, truncated: row.requestTruncated },
        response: {
          body: row.responseBody,
          bytes: row.responseBytes,
          truncated: row.responseTruncated,
          streamed: row.responseStreamed,
          assembled: row.responseAssembled,
        },
      };
    },
  });
}
