import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';

const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'content-length', 'date']);

/**
 * Scalar at `<prefix>/reference`, loaded on the first visit. Its Fastify plugin embeds the 8 MB
 * browser bundle as a string, which would otherwise sit in every gateway's heap from startup
 * (~17 MB of strings) for a page few people open; here it lives in a private Fastify instance
 * created on demand and reached through `inject`.
 */
export function registerScalarOnDemand(app: FastifyInstance, openApiUrl: string): void {
  const mountedAt = `/${`${app.prefix}/reference`.replace(/^\/+/, '')}` as const;
  let reference: Promise<FastifyInstance> | null = null;
  const load = () =>
    (reference ??= (async () => {
      const { default: scalarReference } = await import('@scalar/fastify-api-reference');
      const instance = Fastify({ logger: false });
      await instance.register(scalarReference, { routePrefix: mountedAt, configuration: { url: openApiUrl } });
      await instance.ready();
      return instance;
    })().catch((error: unknown) => {
      reference = null;
      throw error;
    }));

  const relay = async (request: FastifyRequest, reply: FastifyReply) => {
    const instance = await load();
    const answer = await instance.inject({ method: 'GET', url: request.url });
    for (const [name, value] of Object.entries(answer.headers)) {
      if (value !== undefined && !HOP_BY_HOP.has(name)) void reply.header(name, value);
    }
    return reply.code(answer.statusCode).send(answer.rawPayload);
  };
  app.get('/reference', { schema: { hide: true } }, relay);
  app.get('/reference/*', { schema: { hide: true } }, relay);
}
