import { logPageSchema, sessionListSchema, sessionParams, sessionRequestsQuery } from '@cch/contract';
import { type Database, listRequestLogs, stateKeys } from '@cch/core';
import type { FastifyInstance } from 'fastify';
import { type Kysely, sql } from 'kysely';
import type { Runtime } from '../runtime.js';
import { withDecisionSummary } from './log-summary.js';
import { defineRoute } from './define-route.js';

const TAGS = ['sessions'];
const MAX_SESSIONS = 200;

/** Per-session aggregates from the request log (only for the listed live sessions). */
async function aggregates(db: Kysely<Database>, ids: string[]) {
  if (ids.length === 0) return new Map<string, never>();
  const rows = await db
    .selectFrom('requestLogs')
    .select([
      'sessionId',
      sql<string | null>`(array_agg(user_id order by id desc))[1]`.as('userId'),
      sql<string | null>`(array_agg(key_id order by id desc))[1]`.as('keyId'),
      sql<string | null>`(array_agg(provider_id order by id desc))[1]`.as('providerId'),
      sql<string>`count(*)::text`.as('requests'),
      sql<string>`coalesce(sum(input_tokens), 0)::text`.as('inputTokens'),
      sql<string>`coalesce(sum(output_tokens), 0)::text`.as('outputTokens'),
      sql<string>`coalesce(sum(cost_usd), 0)::text`.as('costUsd'),
    ])
    .where('sessionId', 'in', ids)
    .groupBy('sessionId')
    .execute();
  return new Map(rows.map((row) => [row.sessionId ?? '', row]));
}

export async function sessionsRoutes(app: FastifyInstance, { runtime }: { runtime: Runtime }) {
  defineRoute(app, {
    method: 'GET',
    url: '/sessions',
    summary: 'Live sessions (seen within SESSION_TTL) with requests, tokens and cost',
    tags: TAGS,
    schemas: { response: { 200: sessionListSchema } },
    async handler() {
      const since = runtime.now() - runtime.settings.current().sessionTtlSeconds * 1000;
      const live = await runtime.store.zrangeAbove(stateKeys.activeSessions(), since, MAX_SESSIONS);
      const ids = live.map((s) => s.member);
      const [bindings, sums] = await Promise.all([
        runtime.store.getMany(ids.map(stateKeys.session)),
        aggregates(runtime.db, ids),
      ]);
      const items = live.map(({ member, score }, i) => {
        const sum = sums.get(member);
        return {
          id: member,
          lastSeenAt: new Date(score).toISOString(),
          boundProviderId: bindings[i] ?? null,
          userId: sum?.userId ?? null,
          keyId: sum?.keyId ?? null,
          providerId: sum?.providerId ?? null,
          requests: Number(sum?.requests ?? 0),
          inputTokens: Number(sum?.inputTokens ?? 0),
          outputTokens: Number(sum?.outputTokens ?? 0),
          costUsd: sum?.costUsd ?? '0',
        };
      });
      return { items };
    },
  });

  defineRoute(app, {
    method: 'GET',
    url: '/sessions/:id/requests',
    summary: "One session's requests, newest first",
    tags: TAGS,
    schemas: {
      params: sessionParams,
      querystring: sessionRequestsQuery,
      response: { 200: logPageSchema },
    },
    handler: async (request) => {
      const page = await listRequestLogs(runtime.db, { sessionId: request.params.id, ...request.query });
      return { ...page, items: page.items.map(withDecisionSummary) };
    },
  });
}
