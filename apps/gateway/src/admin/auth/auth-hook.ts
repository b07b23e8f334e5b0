import type { FastifyRequest, onRequestAsyncHookHandler } from 'fastify';
import type { Runtime } from '../../runtime.js';
import { forbidden, unauthorized } from '../problem.js';
import { type AdminSessions, SESSION_COOKIE } from './admin-sessions.js';
import { consoleKeyOwner, identify, type Principal, sameSecret } from './principal.js';

const SAFE_METHODS: ReadonlySet<string> = new Set(['GET', 'HEAD', 'OPTIONS']);
export const CSRF_HEADER = 'x-csrf-token';

function bearerToken(request: FastifyRequest): string | null {
  const header = request.headers.authorization;
  if (!header?.toLowerCase().startsWith('bearer ')) return null;
  return header.slice(7).trim();
}

async function cookiePrincipal(runtime: Runtime, sessions: AdminSessions, sessionId: string): Promise<Principal | null> {
  const session = await sessions.find(sessionId);
  if (!session) return null;
  if (session.keyId !== null) {
    // a user-key session ends as soon as its key or user is disabled, expired or loses console access
    const snapshot = runtime.cache.current();
    if (!consoleKeyOwner(snapshot, snapshot.keys.find((k) => k.id === session.keyId), runtime.now())) {
      await sessions.destroy(sessionId);
      return null;
    }
  }
  const { role, name, userId, keyId, csrfToken } = session;
  return { role, name, userId, keyId, via: 'cookie', session: { id: sessionId, csrfToken } };
}

/** Bearer admin token (or console key) first, else the session cookie; a wrong bearer token is a 401. */
async function resolvePrincipal(runtime: Runtime, sessions: AdminSessions, request: FastifyRequest): Promise<Principal | null> {
  const token = bearerToken(request);
  if (token !== null) {
    const identity = identify(token, runtime.secrets.adminToken, runtime.cache.current(), runtime.now());
    if (!identity) throw unauthorized('The bearer token is not the admin token or a key with console access');
    return { ...identity, via: 'bearer', session: null };
  }
  const cookie = request.cookies[SESSION_COOKIE];
  return cookie ? cookiePrincipal(runtime, sessions, cookie) : null;
}

function checkCsrf(request: FastifyRequest, principal: Principal): void {
  if (principal.via !== 'cookie' || !principal.session || SAFE_METHODS.has(request.method)) return;
  const header = request.headers[CSRF_HEADER];
  const sent = Array.isArray(header) ? header[0] : header;
  if (!sent || !sameSecret(sent, principal.session.csrfToken)) {
    throw forbidden(`Cookie-authenticated changes need the ${CSRF_HEADER} header from the login response`);
  }
}

/** The admin context's one auth hook: access comes from the route's config, never from its URL. */
export function createAuthHook(runtime: Runtime, sessions: AdminSessions): onRequestAsyncHookHandler {
  return async function authenticateAdmin(request) {
    const access = request.routeOptions.config.access ?? 'admin';
    if (access === 'public') {
      request.principal = await resolvePrincipal(runtime, sessions, request).catch(() => null);
      return;
    }
    const principal = await resolvePrincipal(runtime, sessions, request);
    if (!principal) throw unauthorized();
    if (access === 'admin' && principal.role !== 'admin') throw forbidden('A user key reaches only /admin/me and /admin/auth');
    checkCsrf(request, principal);
    request.principal = principal;
  };
}
