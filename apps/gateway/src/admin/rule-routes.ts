import { idParams, okSchema } from '@cch/contract';
import type { FastifyInstance } from 'fastify';
import type { z } from 'zod';
import type { Runtime } from '../runtime.js';
import { audit } from './audit.js';
import { defineRoute } from './define-route.js';
import { notFound } from './problem.js';

/** How one kind of governance rule is stored; the routes know nothing else about it. */
export interface RuleStore<Row extends { id: string }, Body> {
  list(): Promise<Row[]>;
  get(id: string): Promise<Row | null | undefined>;
  create(body: Body): Promise<Row>;
  /** `before` lets a kind keep what an update leaves out (a secret value, say). */
  update(before: Row, body: Body): Promise<Row | null | undefined>;
  remove(id: string): Promise<unknown>;
}

export interface RuleRoutesSpec<
  Row extends { id: string },
  BodySchema extends z.ZodType,
  ItemSchema extends z.ZodType,
> {
  /** `/sensitive-words`; items live under `/sensitive-words/:id`. */
  path: string;
  /** Audit action prefix and target type, e.g. `sensitive-word`. */
  auditType: string;
  /** For a 404: `No sensitive word …`. */
  noun: string;
  /** The config-cache key every replica reloads on change. */
  changed: string;
  tags: string[];
  summaries: { list: string; create: string; update: string; remove: string };
  schemas: { body: BodySchema; item: ItemSchema; list: z.ZodType };
  store: RuleStore<Row, z.output<BodySchema>>;
  /** The API's view of a row (dates as ISO strings, secrets masked). */
  view(row: Row): z.input<ItemSchema>;
}

/**
 * List, create, replace and delete for one kind of rule: each change is audited with before and
 * after, and every replica's cache is told.
 */
export function defineRuleRoutes<
  Row extends { id: string },
  BodySchema extends z.ZodType,
  ItemSchema extends z.ZodType,
>(app: FastifyInstance, runtime: Runtime, spec: RuleRoutesSpec<Row, BodySchema, ItemSchema>): void {
  const { store, view, auditType: targetType, tags } = spec;
  const load = async (id: string) => (await store.get(id)) ?? Promise.reject(notFound(spec.noun, id));
  const changed = () => runtime.cache.changed(spec.changed);
  // Validated by `schemas.body`; Fastify's request typing loses the generic schema's output type.
  const bodyOf = (body: unknown) => body as z.output<BodySchema>;

  defineRoute(app, {
    method: 'GET',
    url: spec.path,
    summary: spec.summaries.list,
    tags,
    schemas: { response: { 200: spec.schemas.list } },
    handler: async () => ({ items: (await store.list()).map(view) }),
  });

  defineRoute(app, {
    method: 'POST',
    url: spec.path,
    summary: spec.summaries.create,
    tags,
    schemas: { body: spec.schemas.body, response: { 201: spec.schemas.item } },
    async handler(request, reply) {
      const created = await store.create(bodyOf(request.body));
      const after = view(created);
      await audit(runtime, request, { action: `${targetType}.create`, targetType, targetId: created.id, after });
      await changed();
      return reply.code(201).send(after);
    },
  });

  defineRoute(app, {
    method: 'PUT',
    url: `${spec.path}/:id`,
    summary: spec.summaries.update,
    tags,
    schemas: { params: idParams, body: spec.schemas.body, response: { 200: spec.schemas.item } },
    async handler(request) {
      const before = await load(request.params.id);
      const after = view((await store.update(before, bodyOf(request.body))) ?? before);
      await audit(runtime, request, {
        action: `${targetType}.update`,
        targetType,
        targetId: before.id,
        before: view(before),
        after,
      });
      await changed();
      return after;
    },
  });

  defineRoute(app, {
    method: 'DELETE',
    url: `${spec.path}/:id`,
    summary: spec.summaries.remove,
    tags,
    schemas: { params: idParams, response: { 200: okSchema } },
    async handler(request) {
      const before = await load(request.params.id);
      await store.remove(before.id);
      await audit(runtime, request, {
        action: `${targetType}.delete`,
        targetType,
        targetId: before.id,
        before: view(before),
      });
      await changed();
      return { ok: true };
    },
  });
}
