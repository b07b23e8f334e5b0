import type { FastifyInstance } from 'fastify';
import { createAdminSessions } from './auth/admin-sessions.js';
import { createAuthHook } from './auth/auth-hook.js';
import type { AdminOptions } from './admin-routes.js';
import { auditRoutes } from './audit.routes.js';
import { authRoutes } from './auth.routes.js';
import { keysRoutes } from './keys.routes.js';
import { logsRoutes } from './logs.routes.js';
import { meRoutes } from './me.routes.js';
import { pricesRoutes } from './prices.routes.js';
import { providersRoutes } from './providers.routes.js';
import { sessionsRoutes } from './sessions.routes.js';
import { settingsRoutes } from './settings.routes.js';
import { statsRoutes } from './stats.routes.js';
import { usageRoutes } from './usage.routes.js';
import { usersRoutes } from './users.routes.js';

/** Every admin resource, one plugin each, behind the one auth hook (access is per route config). */
export async function adminApi(app: FastifyInstance, options: AdminOptions) {
  const { runtime, prices } = options;
  const sessions = createAdminSessions(runtime.store);
  app.decorateRequest('principal', null);
  app.addHook('onRequest', createAuthHook(runtime, sessions));
  await app.register(authRoutes, { runtime, sessions });
  await app.register(meRoutes, { runtime });
  await app.register(providersRoutes, { runtime });
  await app.register(usersRoutes, { runtime });
  await app.register(keysRoutes, { runtime });
  await app.register(usageRoutes, { runtime });
  await app.register(pricesRoutes, { runtime, prices });
  await app.register(logsRoutes, { runtime });
  await app.register(statsRoutes, { runtime });
  await app.register(sessionsRoutes, { runtime });
  await app.register(settingsRoutes, { runtime });
  await app.register(auditRoutes, { runtime });
}
