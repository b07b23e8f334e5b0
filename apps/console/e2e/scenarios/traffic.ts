import { describe, expect, it } from 'vitest';
import { switchTheme } from '../harness/console-actions';
import { reloadUntilVisible } from '../harness/reload-until';
import { screenshot } from '../harness/screenshots';
import { env } from '../harness/shared-env';
import { created } from './state';

/** The proxied request from the setup flow, as the dashboard and the logs show it. */
export function trafficScenarios(): void {
  describe('dashboard and logs', () => {
    it('counts the request on the dashboard', async () => {
      const { page } = env();
      await page.goto('/');
      const countsOne = page
        .locator('section')
        .filter({ has: page.getByRole('heading', { name: 'Requests', exact: true }) })
        .filter({ hasText: /^Requests\s*1(?!\d)/ });
      await reloadUntilVisible(page, countsOne, 'the dashboard to count one request');
      await page.getByText('No traffic yet').waitFor({ state: 'hidden' });
      await screenshot(page, 'light-dashboard-with-traffic');
      await switchTheme(page, 'dark');
      await screenshot(page, 'dark-dashboard-with-traffic');
      await switchTheme(page, 'light');
    });

    it('lists the request in the logs and shows its decision chain', async () => {
      const { page } = env();
      await page.goto('/logs');
      const open = page.getByRole('button', { name: /^Open request / });
      await reloadUntilVisible(page, open, 'the request in the logs');
      expect(await page.getByRole('cell', { name: new RegExp(created.userName) }).count()).toBeGreaterThan(0);
      await screenshot(page, 'light-logs-with-traffic');

      await open.first().click();
      const detail = page.getByRole('dialog', { name: /^Request #/ });
      await detail.getByRole('heading', { name: 'Decision chain' }).waitFor();
      const text = (await detail.textContent()) ?? '';
      expect(text).toContain(created.providerName);
      expect(text).toContain('claude-sonnet-4-6');
      expect(text).toContain('Weighted random pick');
      await screenshot(page, 'light-log-detail');
      await page.keyboard.press('Escape');
      await detail.waitFor({ state: 'hidden' });

      // The theme menu sits behind the modal sheet: switch with the sheet closed, then reopen.
      await switchTheme(page, 'dark');
      await open.first().click();
      await detail.getByRole('heading', { name: 'Decision chain' }).waitFor();
      await screenshot(page, 'dark-log-detail');
      await page.keyboard.press('Escape');
      await switchTheme(page, 'light');
    });
  });
}
