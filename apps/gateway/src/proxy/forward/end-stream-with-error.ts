import type { ServerResponse } from 'node:http';
import { PROTOCOLS, type ProtocolErrorInput, type ProtocolId } from '@cch/core';

/**
 * Ends a stream that already sent bytes with the protocol's error event, so the client knows the
 * answer is incomplete; where the protocol's clients would take an error chunk as just another
 * chunk, the response is also cut (no clean end).
 */
export function endStreamWithError(res: ServerResponse, protocol: ProtocolId, error: ProtocolErrorInput): void {
  const adapter = PROTOCOLS[protocol];
  if (res.writableEnded) return;
  if (!adapter.cutStreamAfterError) {
    res.end(adapter.renderStreamError(error));
    return;
  }
  res.write(adapter.renderStreamError(error), () => res.destroy());
}

/**
 * Ends a stream whose last bytes (`tail`) already carry the protocol's error event (a converter
 * relayed the upstream's error): as `endStreamWithError` does, cut where the protocol's clients
 * would read a clean end as a complete answer.
 */
export function endStreamAfterRelayedError(res: ServerResponse, protocol: ProtocolId, tail: string): void {
  if (res.writableEnded) return;
  if (!PROTOCOLS[protocol].cutStreamAfterError) {
    res.end(tail);
    return;
  }
  res.write(tail, () => res.destroy());
}
