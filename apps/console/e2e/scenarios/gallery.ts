import { describe, it } from 'vitest';
import { ADMIN_PAGES, switchTheme } from '../harness/console-actions';
import { screenshot } from '../harness/screenshots';
import { env } from '../harness/shared-env';
import { created } from './state';

/** Every page again, now with a provider, a user, keys and traffic, in both themes (for review). */
export function galleryScenarios(): void {
  describe('screenshots with data', () => {
    it('captures every page with data in light and dark', async () => {
      const { page } = env();
      await page.goto('/users');
      await page.getByRole('link', { name: created.userName }).click();
      await page.waitForURL(/\/users\/[^/]+$/);
      const userDetailPath = new URL(page.url()).pathname;
      const pages = [...ADMIN_PAGES, { path: userDetailPath, name: 'user-detail' }];
      for (const theme of ['light', 'dark'] as const) {
        await switchTheme(page, theme);
        for (const target of pages) {
          await page.goto(target.path);
          await page.getByRole('heading', { level: 1 }).first().waitFor();
          await screenshot(page, `${theme}-${target.name}-with-data`);
        }
      }
      await switchTheme(page, 'light');
    });
  });
}
