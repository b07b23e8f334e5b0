import { GatewayError, matchesClient } from '@cch/core';
import { CONTINUE, type ProxyStep } from '../context.js';

/** Step 3: the user's allowed models and clients. */
export function createGuard(): ProxyStep {
  return {
    name: 'guard',
    onRequest(ctx) {
      const user = ctx.identity?.user;
      if (!user) return CONTINUE;
      const model = ctx.body?.model;
      if (model && user.allowedModels.length > 0 && !user.allowedModels.includes(model)) {
        return { action: 'reply', error: new GatewayError('model_not_allowed', { message: `This key may not use the model ${model}.` }) };
      }
      if (user.allowedClients.length > 0 && !matchesClient(user.allowedClients, ctx.request.userAgent)) {
        return { action: 'reply', error: new GatewayError('client_not_allowed') };
      }
      return CONTINUE;
    },
  };
}
