import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminRoutes } from '../src/admin/admin-routes.js';
import { adminFetch, body } from './support/admin-client.js';
import { type GatewayHarness, startGateway } from './support/gateway-harness.js';

let gateway: GatewayHarness;

beforeAll(async () => {
  gateway = await startGateway();
});
afterAll(async () => gateway?.close());

/** Every route the admin plugin registers with an access level (i.e. through defineRoute), as "METHOD /path". */
async function registeredAdminRoutes(): Promise<string[]> {
  const app = Fastify();
  const routes: string[] = [];
  app.addHook('onRoute', (route) => {
    if (route.config?.access === undefined) return;
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods)
      if (method !== 'HEAD') routes.push(`${method} ${route.url.replace(/:(\w+)/g, '{$1}')}`);
  });
  await app.register(adminRoutes, { prefix: '/admin', runtime: gateway.runtime });
  await app.ready();
  await app.close();
  return routes;
}

describe('/admin/openapi.json', () => {
  it('is an OpenAPI 3.1 document where every operation has responses', async () => {
    const response = await adminFetch(gateway.url, 'GET', '/openapi.json', { token: null });
    expect(response.status).toBe(200);
    const doc = body(response) as {
      openapi: string;
      info: { title: string };
      paths: Record<string, Record<string, { responses?: Record<string, unknown> }>>;
    };
    expect(doc.openapi).toMatch(/^3\.1\./);
    expect(doc.info.title).toBeTruthy();
    for (const [path, operations] of Object.entries(doc.paths)) {
      for (const [method, operation] of Object.entries(operations)) {
        expect(Object.keys(operation.responses ?? {}).length, `${method} ${path}`).toBeGreaterThan(0);
      }
    }
    const createProvider = doc.paths['/admin/providers']?.post as {
      requestBody?: { content: Record<string, { schema: { required?: string[] } }> };
    };
    expect(createProvider.requestBody?.content['application/json']?.schema.required).toEqual(
      expect.arrayContaining(['name', 'type', 'baseUrl', 'apiKey']),
    );
  });

  it('covers every registered admin route', async () => {
    const doc = body(await adminFetch(gateway.url, 'GET', '/openapi.json', { token: null })) as {
      paths: Record<string, Record<string, unknown>>;
    };
    const documented = Object.entries(doc.paths).flatMap(([path, operations]) =>
      Object.keys(operations).map((m) => `${m.toUpperCase()} ${path}`),
    );
    const registered = await registeredAdminRoutes();
    expect(registered.length).toBeGreaterThan(40);
    expect(documented.sort()).toEqual(registered.sort());
  });

  it('serves Swagger UI at /admin/docs and Scalar at /admin/reference', async () => {
    const docs = await fetch(`${gateway.url}/admin/docs/`);
    expect(docs.status).toBe(200);
    expect(await docs.text()).toMatch(/swagger/i);
    const reference = await fetch(`${gateway.url}/admin/reference`);
    expect(reference.status).toBe(200);
    expect(await reference.text()).toContain('/admin/openapi.json');
    const script = await fetch(`${gateway.url}/admin/reference/js/scalar.js`);
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toMatch(/javascript/);
    expect((await script.text()).length).toBeGreaterThan(1_000_000);
  });
});
