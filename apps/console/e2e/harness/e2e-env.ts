import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startMockUpstream } from '../../../gateway/test/mock-upstream/index.js';
import type { MockUpstream } from '../../../gateway/test/mock-upstream/index.js';
import { adminApi } from './admin-api';
import type { AdminApi } from './admin-api';
import { launchBrowser } from './browser';
import { startGateway } from './gateway-process';
import type { GatewayProcess } from './gateway-process';

export interface E2eEnv {
  upstream: MockUpstream;
  gateway: GatewayProcess;
  api: AdminApi;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** Opens a fresh context (own cookies / storage) with the same defaults. */
  newContext: (options?: Parameters<Browser['newContext']>[0]) => Promise<BrowserContext>;
  /** Calls `handler` for every page of every context, open now or opened later. */
  watchPages: (handler: (page: Page) => void) => void;
  close: () => Promise<void>;
}

export const DESKTOP = { width: 1280, height: 800 };
export const PHONE = { width: 390, height: 844 };

/** Mock upstream + built gateway + Chromium; `close()` tears all of it down, whatever started. */
export async function startE2eEnv(): Promise<E2eEnv> {
  const cleanups: (() => Promise<void>)[] = [];
  const close = async () => {
    for (const cleanup of cleanups.reverse()) await cleanup().catch((error: unknown) => console.error(error));
  };
  try {
    const upstream = await startMockUpstream({ name: 'e2e' });
    cleanups.push(() => upstream.close());
    const gateway = await startGateway();
    cleanups.push(() => gateway.stop());
    const browser = await launchBrowser();
    cleanups.push(() => browser.close());

    const watchers: ((page: Page) => void)[] = [];
    const contexts: BrowserContext[] = [];
    const watchPages = (handler: (page: Page) => void) => {
      watchers.push(handler);
      for (const open of contexts.flatMap((c) => c.pages())) handler(open);
    };
    const newContext = async (options: Parameters<Browser['newContext']>[0] = {}) => {
      const context = await browser.newContext({
        baseURL: gateway.url,
        viewport: DESKTOP,
        locale: 'en-US',
        colorScheme: 'light',
        timezoneId: 'UTC',
        ...options,
      });
      context.setDefaultTimeout(10_000);
      contexts.push(context);
      context.on('page', (opened) => {
        for (const watch of watchers) watch(opened);
      });
      return context;
    };
    const context = await newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: gateway.url });
    const page = await context.newPage();
    const api = adminApi(gateway.url, gateway.adminToken);
    return { upstream, gateway, api, browser, context, page, newContext, watchPages, close };
  } catch (error) {
    await close();
    throw error;
  }
}
