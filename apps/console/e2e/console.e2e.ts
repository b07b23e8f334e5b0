import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable } from './harness/browser';
import { startE2eEnv } from './harness/e2e-env';
import { env, setEnv } from './harness/shared-env';
import { circuitScenarios } from './scenarios/circuit-flow';
import { galleryScenarios } from './scenarios/gallery';
import { localeScenarios } from './scenarios/locales';
import { newAdminFlowScenarios } from './scenarios/new-admin-flow';
import { setupFlowScenarios } from './scenarios/setup-flow';
import { shellScenarios } from './scenarios/shell';
import { trafficScenarios } from './scenarios/traffic';

/**
 * The console end to end: one built gateway (embedded storage), one mock upstream, one Chromium,
 * shared by every scenario because the gateway takes ~15 s to start. Scenarios run in order.
 */
describe.skipIf(!chromiumAvailable())('console in Chromium against a real gateway', () => {
  const pageErrors: string[] = [];
  /** What Chromium refused under the gateway's Content-Security-Policy (it reports each on the console). */
  const cspViolations: string[] = [];

  beforeAll(async () => {
    const started = await startE2eEnv();
    setEnv(started);
    started.context.on('page', (page) => page.on('pageerror', (error) => pageErrors.push(error.message)));
    started.page.on('pageerror', (error) => pageErrors.push(error.message));
    started.watchPages((page) =>
      page.on('console', (message) => {
        if (message.text().includes('Content Security Policy')) cspViolations.push(message.text());
      }),
    );
  });

  afterAll(async () => {
    await env().close();
    setEnv(undefined);
  });

  shellScenarios();
  setupFlowScenarios();
  trafficScenarios();
  circuitScenarios();
  newAdminFlowScenarios();
  galleryScenarios();
  localeScenarios();

  it('threw no uncaught errors in the page', () => {
    expect(pageErrors).toEqual([]);
  });

  it('ran under its Content-Security-Policy without a single violation', async () => {
    const page = await env().context.newPage();
    const response = await page.goto(env().gateway.url);
    expect(response?.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
    await page.close();
    expect(cspViolations).toEqual([]);
  });
});
