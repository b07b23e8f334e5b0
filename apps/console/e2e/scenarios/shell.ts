import { describe, expect, it } from 'vitest';
import { ADMIN_PAGES, signIn, switchLanguage, switchTheme } from '../harness/console-actions';
import { PHONE } from '../harness/e2e-env';
import { screenshot } from '../harness/screenshots';
import { env } from '../harness/shared-env';

/** Login, navigation, language, theme, and a screenshot of every page in both themes. */
export function shellScenarios(): void {
  describe('shell', () => {
    it('rejects a wrong token, then signs in with the admin token', async () => {
      const { page, gateway } = env();
      await page.goto('/');
      await page.waitForURL(/\/login/);
      await screenshot(page, 'light-login');
      await page.getByLabel('Token', { exact: true }).fill('definitely-not-the-admin-token');
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByRole('alert').waitFor();
      expect(await page.getByRole('alert').textContent()).toMatch(/\S/);
      expect(page.url()).toContain('/login');

      await signIn(page, gateway.adminToken);
      await page.getByRole('navigation', { name: 'Main navigation' }).waitFor();
    });

    it('reaches every page from the navigation and screenshots it in light and dark', async () => {
      const { page } = env();
      const nav = page.getByRole('navigation', { name: 'Main navigation' });
      for (const theme of ['light', 'dark'] as const) {
        await switchTheme(page, theme);
        for (const target of ADMIN_PAGES) {
          await nav.getByRole('link', { name: target.label, exact: true }).click();
          await page.waitForURL((url) => url.pathname === target.path);
          await page.getByRole('heading', { level: 1 }).first().waitFor();
          expect(await page.getByText('Something went wrong').count(), `${target.path} shows an error`).toBe(0);
          await screenshot(page, `${theme}-${target.name}`);
        }
      }
      await switchTheme(page, 'light');
    });

    it('switches to 简体中文 and back', async () => {
      const { page } = env();
      await page.goto('/');
      await switchLanguage(page, '简体中文');
      await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '仪表盘' }).waitFor();
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
      await screenshot(page, 'light-dashboard-zh-CN');
      await switchTheme(page, 'dark', 'zh-CN');
      await screenshot(page, 'dark-dashboard-zh-CN');
      await switchTheme(page, 'light', 'zh-CN');

      // The choice survives a reload.
      await page.reload();
      await page.getByRole('link', { name: '仪表盘' }).waitFor();
      await switchLanguage(page, 'English', 'zh-CN');
      await page
        .getByRole('navigation', { name: 'Main navigation' })
        .getByRole('link', { name: 'Dashboard' })
        .waitFor();
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    });

    it('switches the theme and keeps it across reloads', async () => {
      const { page } = env();
      await switchTheme(page, 'dark');
      expect(await page.evaluate(() => document.documentElement.classList.contains('dark'))).toBe(true);
      await page.reload();
      await page.getByRole('navigation', { name: 'Main navigation' }).waitFor();
      expect(await page.evaluate(() => document.documentElement.classList.contains('dark'))).toBe(true);
      await switchTheme(page, 'light');
      expect(await page.evaluate(() => document.documentElement.classList.contains('dark'))).toBe(false);
    });

    it('fits a 390 px phone: navigation in a drawer, no sideways scrolling', async () => {
      const context = await env().newContext({ viewport: PHONE, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
      try {
        const phone = await context.newPage();
        await phone.goto('/login');
        await signIn(phone, env().gateway.adminToken);
        await phone.getByRole('button', { name: 'Open navigation' }).waitFor();
        await phone.getByRole('heading', { level: 1 }).first().waitFor();
        await screenshot(phone, 'phone-light-dashboard');
        const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, 'the dashboard scrolls sideways on a phone').toBeLessThanOrEqual(1);

        await phone.getByRole('button', { name: 'Open navigation' }).click();
        await phone.getByRole('dialog').getByRole('link', { name: 'Request logs' }).click();
        await phone.waitForURL((url) => url.pathname === '/logs');
        await screenshot(phone, 'phone-light-logs');
        await switchTheme(phone, 'dark');
        await phone.goto('/');
        await phone.getByRole('heading', { level: 1 }).first().waitFor();
        await screenshot(phone, 'phone-dark-dashboard');
      } finally {
        await context.close();
      }
    });
  });
}
