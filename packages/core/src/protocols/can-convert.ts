import type { ProtocolId } from '../domain/protocol.js';
import { PROTOCOLS } from './registry.js';

/** Whether requests of `from` can be served by providers of `to` through the IR (both sides translate). */
export function canConvert(from: ProtocolId, to: ProtocolId): boolean {
  return from !== to && PROTOCOLS[from].translator !== undefined && PROTOCOLS[to].translator !== undefined;
}
