import type { Runtime } from '../runtime.js';
import { createLimitService, type LimitService } from './limit-service.js';

const services = new WeakMap<Runtime, LimitService>();

/**
 * The one LimitService of a gateway process, shared by the proxy (admission, settlement,
 * provider selection), the admin API (usage readout, reset) and metrics (fail-open stats).
 */
export function limitServiceOf(runtime: Runtime): LimitService {
  let service = services.get(runtime);
  if (!service) {
    service = createLimitService({
      store: runtime.store, cache: runtime.cache, logger: runtime.logger, now: runtime.now,
      timeZone: runtime.config.TZ, sessionTtlMs: runtime.config.SESSION_TTL * 1000,
    });
    services.set(runtime, service);
  }
  return service;
}
