import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable } from './harness/browser';
import { startE2eEnv } from './harness/e2e-env';
import { env, setEnv } from './harness/shared-env';
import { circuitScenarios } from './scenarios/circuit-flow';
import { galleryScenarios } from './scenarios/gallery';
import { setupFlowScenarios } from './scenarios/setup-flow';
import { shellScenarios } from './scenarios/shell';
import { trafficScenarios } from './scenarios/traffic';

/**
 * The console end to end: one built gateway (embedded storage), one mock upstream, one Chromium,
 * shared by every scenario because the gateway takes ~15 s to start. Scenarios run in order.
 */
describe.skipIf(!chromiumAvailable())('console in Chromium against a real gateway', () => {
  const pageErrors: string[] = [];

  beforeAll(async () => {
    const started = await startE2eEnv();
    setEnv(started);
    started.context.on('page', (page) => page.on('pageerror', (error) => pageErrors.push(error.message)));
    started.page.on('pageerror', (error) => pageErrors.push(error.message));
  });

  afterAll(async () => {
    await env().close();
    setEnv(undefined);
  });

  shellScenarios();
  setupFlowScenarios();
  trafficScenarios();
  circuitScenarios();
  galleryScenarios();

  it('threw no uncaught errors in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});
