import type { FastifyRequest, onRequestAsyncHookHandler } from 'fastify';
import type { Runtime } from '../../runtime.js';
import { audit } from '../audit.js';
import { forbidden, unauthorized } from '../problem.js';
import { type AdminSessions, SESSION_COOKIE } from './admin-sessions.js';
import { createLoginLockout, type LoginLockout, lockedOut, MAX_LOGIN_FAILURES } from './login-lockout.js';
import { consoleKeyOwner, identify, type Principal, sameSecret } from './principal.js';

const SAFE_METHODS: ReadonlySet<string> = new Set(['GET', 'HEAD', 'OPTIONS']);
export const CSRF_HEADER = 'x-csrf-token';

function bearerToken(request: FastifyRequest): string | null {
  const header = request.headers.authorization;
  if (!header?.toLowerCase().startsWith('bearer ')) return null;
  return header.slice(7).trim();
}

async function cookiePrincipal(
  runtime: Runtime,
  sessions: AdminSessions,
  sessionId: string,
): Promise<Principal | null> {
  const session = await sessions.find(sessionId);
  if (!session) return null;
  if (session.keyId !== null) {
    // a user-key session ends as soon as its key or user is disabled, expired or loses console access
    const snapshot = runtime.cache.current();
    if (
      !consoleKeyOwner(
        snapshot,
        snapshot.keys.find((k) => k.id === session.keyId),
        runtime.now(),
      )
    ) {
      await sessions.destroy(sessionId);
      return null;
    }
  }
  const { role, name, userId, keyId, csrfToken } = session;
  return { role, name, userId, keyId, via: 'cookie', session: { id: sessionId, csrfToken } };
}

interface AuthDeps {
  runtime: Runtime;
  sessions: AdminSessions;
  lockout: LoginLockout;
}

/**
 * A bearer token, under the sign-in lockout: a wrong one is a 401 and counts against the caller's
 * address like a failed login; an address with too many failures gets 429 whatever it sends. The
 * lockout lives in the state store and is skipped (fail-open) while the store is unreachable.
 */
async function bearerPrincipal(deps: AuthDeps, request: FastifyRequest, token: string): Promise<Principal> {
  const { runtime, lockout } = deps;
  const failures = await lockout.failures(request.ip).catch(() => 0);
  if (failures >= MAX_LOGIN_FAILURES) throw lockedOut(await lockout.retryAfter(request.ip).catch(() => 1));
  const identity = identify(token, runtime.secrets.adminToken, runtime.cache.current(), runtime.now());
  if (!identity) {
    const now = await lockout.recordFailure(request.ip).catch(() => 0);
    if (now === MAX_LOGIN_FAILURES)
      await audit(runtime, request, { action: 'auth.lockout', targetType: 'address', targetId: request.ip }).catch(
        () => undefined,
      );
    throw unauthorized('The bearer token is not the admin token or a key with console access');
  }
  if (failures > 0) await lockout.clear(request.ip).catch(() => undefined);
  return { ...identity, via: 'bearer', session: null };
}

/** Bearer admin token (or console key) first, else the session cookie; a wrong bearer token is a 401. */
async function resolvePrincipal(deps: AuthDeps, request: FastifyRequest): Promise<Principal | null> {
  const token = bearerToken(request);
  if (token !== null) return bearerPrincipal(deps, request, token);
  const cookie = request.cookies[SESSION_COOKIE];
  return cookie ? cookiePrincipal(deps.runtime, deps.sessions, cookie) : null;
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
  const deps: AuthDeps = { runtime, sessions, lockout: createLoginLockout(runtime.store) };
  return async function authenticateAdmin(request) {
    const access = request.routeOptions.config.access ?? 'admin';
    if (access === 'public') {
      request.principal = await resolvePrincipal(deps, request).catch(() => null);
      return;
    }
    const principal = await resolvePrincipal(deps, request);
    if (!principal) throw unauthorized();
    if (access === 'admin' && principal.role !== 'admin')
      throw forbidden('A user key reaches only /admin/me and /admin/auth');
    checkCsrf(request, principal);
    request.principal = principal;
  };
}
