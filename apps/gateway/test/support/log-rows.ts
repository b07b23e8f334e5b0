import { listRequestLogs, type RequestLogSummary } from '@cch/core';
import type { GatewayHarness } from './gateway-harness.js';

/** The log row of one answered request (by its x-request-id), after settlement and a flush. */
export async function logRowOf(gateway: GatewayHarness, result: { headers: Headers }): Promise<RequestLogSummary> {
  const requestId = result.headers.get('x-request-id');
  for (let i = 0; i < 50; i++) {
    await new Promise((resolve) => setTimeout(resolve, 10)); // settlement runs off the response path
    await gateway.flushLogs();
    const row = (await listRequestLogs(gateway.runtime.db, { limit: 500 })).items.find(
      (r) => r.requestId === requestId,
    );
    if (row) return row;
  }
  throw new Error(`no log row for request ${requestId}`);
}
