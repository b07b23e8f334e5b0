import { GatewayError, matchesClient } from '@cch/core';
import { CONTINUE, type ProxyStep, type StepResult } from '../context.js';

export interface GuardDeps {
  /** True when the unknown-model policy refuses this model (it has no price and may not be estimated). */
  refusesUnpriced: (model: string) => boolean;
}

function refuse(error: GatewayError): StepResult {
  return { action: 'reply', error };
}

/** Step 3: the user's allowed models and clients, and models the pricing policy will not bill. */
export function createGuard(deps: GuardDeps): ProxyStep {
  return {
    name: 'guard',
    onRequest(ctx) {
      const user = ctx.identity?.user;
      if (!user) return CONTINUE;
      const model = ctx.body?.model;
      if (model && user.allowedModels.length > 0 && !user.allowedModels.includes(model)) {
        return refuse(new GatewayError('model_not_allowed', { message: `This key may not use the model ${model}.` }));
      }
      if (user.allowedClients.length > 0 && !matchesClient(user.allowedClients, ctx.request.userAgent)) {
        return refuse(new GatewayError('client_not_allowed'));
      }
      if (model && ctx.endpoint.kind === 'generate' && deps.refusesUnpriced(model)) {
        const message = `The model ${model} has no price yet, so it cannot be billed; ask an admin to add one.`;
        return refuse(new GatewayError('model_not_allowed', { message }));
      }
      return CONTINUE;
    },
  };
}
