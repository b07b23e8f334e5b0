import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import type { Browser } from 'playwright-core';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Whether the suite can run. Without Chromium it fails in CI (CI=true: `.ci/run` installs it)
 * and is skipped with a warning on a developer machine.
 */
export function chromiumAvailable(): boolean {
  if (existsSync(chromiumPath)) return true;
  const message = `Chromium not found at ${chromiumPath} (set CHROMIUM_PATH or apt-get install chromium)`;
  if (process.env.CI === 'true' || process.env.CI === '1') {
    throw new Error(`e2e: ${message}; CI must run the browser tests.`);
  }
  console.warn(`\n⚠ e2e tests skipped: ${message}.\n`);
  return false;
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-dev-shm-usage',
    ],
  });
}
