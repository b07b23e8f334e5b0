import { loginBody, logoutResponse, sessionResponse } from '@cch/contract';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { Runtime } from '../runtime.js';
import { audit } from './audit.js';
import { type AdminSessions, SESSION_COOKIE, SESSION_TTL_MS } from './auth/admin-sessions.js';
import { createLoginLockout, lockedOut, MAX_LOGIN_FAILURES } from './auth/login-lockout.js';
import { identify } from './auth/principal.js';
import { defineRoute } from './define-route.js';
import { unauthorized } from './problem.js';

const TAGS = ['auth'];

export async function authRoutes(app: FastifyInstance, options: { runtime: Runtime; sessions: AdminSessions }) {
  const { runtime, sessions } = options;
  const lockout = createLoginLockout(runtime.store);
  const cookieOptions = {
    httpOnly: true,
    sameSite: 'strict',
    secure: runtime.config.ENABLE_SECURE_COOKIES,
    path: '/admin',
  } as const;

  defineRoute(app, {
    method: 'POST',
    url: '/auth/login',
    summary: 'Sign in with the admin token or a console-access key; sets the session cookie',
    tags: TAGS,
    access: 'public',
    schemas: { body: loginBody, response: { 200: sessionResponse } },
    async handler(request, reply: FastifyReply) {
      const retryAfter = await lockout.retryAfter(request.ip);
      if (retryAfter > 0) throw lockedOut(retryAfter);
      const identity = identify(request.body.token, runtime.secrets.adminToken, runtime.cache.current(), runtime.now());
      if (!identity) {
        const failures = await lockout.recordFailure(request.ip);
        if (failures === MAX_LOGIN_FAILURES)
          await audit(runtime, request, { action: 'auth.lockout', targetType: 'address', targetId: request.ip });
        throw unauthorized('The token is not the admin token or a key with console access');
      }
      await lockout.clear(request.ip);
      const { id, session } = await sessions.create(identity, runtime.now());
      reply.setCookie(SESSION_COOKIE, id, { ...cookieOptions, maxAge: SESSION_TTL_MS / 1000 });
      request.principal = { ...identity, via: 'cookie', session: { id, csrfToken: session.csrfToken } };
      await audit(runtime, request, { action: 'auth.login', targetType: 'session', targetId: identity.keyId });
      return { role: session.role, name: session.name, csrfToken: session.csrfToken };
    },
  });

  defineRoute(app, {
    method: 'GET',
    url: '/auth/me',
    summary: 'The signed-in session (401 without one)',
    tags: TAGS,
    access: 'signed-in',
    schemas: { response: { 200: sessionResponse } },
    async handler(request) {
      const principal = request.principal;
      if (!principal?.session) throw unauthorized('No console session');
      return { role: principal.role, name: principal.name, csrfToken: principal.session.csrfToken };
    },
  });

  defineRoute(app, {
    method: 'POST',
    url: '/auth/logout',
    summary: 'End the console session',
    tags: TAGS,
    access: 'signed-in',
    schemas: { response: { 200: logoutResponse } },
    async handler(request, reply: FastifyReply) {
      if (request.principal?.session) await sessions.destroy(request.principal.session.id);
      reply.clearCookie(SESSION_COOKIE, cookieOptions);
      return { ok: true };
    },
  });
}
