import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type MockUpstream, startMockUpstream } from '../mock-upstream/index.js';
import { type GatewayHarness, startGateway } from './gateway-harness.js';
import { type ProtocolCase, servedBy } from './protocol-client.js';

// Bindings and breaker updates are written off the response path.
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

/** Stickiness and circuit breaker, as scheduling.test.ts proves them for Anthropic, for one more protocol. */
export function describeProtocolScheduling(protocol: ProtocolCase): void {
  describe(`${protocol.name}: scheduling`, () => {
    let gateway: GatewayHarness;
    let upstreams: MockUpstream[];

    beforeEach(async () => {
      gateway = await startGateway();
      upstreams = await Promise.all(['A', 'B', 'C'].map((name) => startMockUpstream({ name })));
    });
    afterEach(async () => {
      await Promise.all([gateway.close(), ...upstreams.map((u) => u.close())]);
    });

    const served = async (key: string, sessionId?: string) =>
      servedBy(await protocol.call(gateway.url, { key, ...(sessionId !== undefined && { sessionId }) }))!;

    it('keeps a session on its provider by the protocol session id and moves it when that provider fails', async () => {
      for (const [i, name] of ['A', 'B', 'C'].entries())
        await gateway.addProvider({ name, type: protocol.providerType, baseUrl: upstreams[i]!.url });
      const { key } = await gateway.addCaller();
      const spread = new Set<string>();
      for (let i = 0; i < 15; i++) spread.add(await served(key));
      expect(spread.size).toBeGreaterThan(1); // distinct sessions spread
      const first = await served(key, 'sticky-1');
      await settle();
      const same = new Set<string>();
      for (let i = 0; i < 10; i++) same.add(await served(key, 'sticky-1'));
      expect(same).toEqual(new Set([first]));

      const failing = upstreams[['A', 'B', 'C'].indexOf(first)]!;
      failing.setFault({ kind: 'status', status: 500 });
      const moved = await served(key, 'sticky-1');
      expect(moved).not.toBe(first);
      failing.setFault(null);
      await settle();
      for (let i = 0; i < 5; i++) expect(await served(key, 'sticky-1')).toBe(moved);
    });

    it('opens the breaker after N failures, then closes it after a half-open success', async () => {
      // long enough that three requests finish inside it on a loaded machine
      const breaker = { failureThreshold: 2, openDurationMs: 1500, halfOpenSuccesses: 1, countNetworkErrors: false };
      const a = await gateway.addProvider({
        name: 'A',
        type: protocol.providerType,
        baseUrl: upstreams[0]!.url,
        priority: 0,
        circuitBreaker: breaker,
      });
      await gateway.addProvider({ name: 'B', type: protocol.providerType, baseUrl: upstreams[1]!.url, priority: 1 });
      const { key } = await gateway.addCaller();
      upstreams[0]!.setFault({ kind: 'error-event' });
      for (let i = 0; i < 2; i++) expect(await served(key)).toBe('B');
      await settle();
      const [state] = await gateway.runtime.store.getBreakers([`breaker:${a.id}`]);
      expect(state).toMatchObject({ status: 'open' });

      upstreams[0]!.reset();
      for (let i = 0; i < 3; i++) expect(await served(key)).toBe('B');
      expect(upstreams[0]!.requests).toHaveLength(0); // open: A is not even tried

      await new Promise((resolve) => setTimeout(resolve, 1550));
      expect(await served(key)).toBe('A');
      await settle();
      const [closed] = await gateway.runtime.store.getBreakers([`breaker:${a.id}`]);
      expect(closed?.status).toBe('closed');
    });
  });
}
