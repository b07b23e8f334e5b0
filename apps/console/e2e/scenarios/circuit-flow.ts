import { describe, expect, it } from 'vitest';
import { sendMessage } from '../harness/proxy';
import { screenshot } from '../harness/screenshots';
import { env } from '../harness/shared-env';
import { created } from './state';

interface ProviderHealth {
  id: string;
  name: string;
  health: { status: 'closed' | 'open' | 'half-open' };
}

const LONG_GROUP = 'enterprise-customers-in-the-asia-pacific-region';

/** Upstream failures open the breaker; the providers page shows it and resets it. */
export function circuitScenarios(): void {
  describe('circuit breaker', () => {
    it('opens after upstream 500s and is reset from the providers page', async () => {
      const { page, gateway, upstream, api } = env();
      upstream.setFault({ kind: 'status', status: 500 });
      try {
        let status = 'closed';
        for (let attempt = 0; attempt < 20 && status !== 'open'; attempt++) {
          const response = await sendMessage(gateway.url, created.key, `failing request ${attempt}`);
          expect(response.status).toBeGreaterThanOrEqual(500);
          await response.arrayBuffer();
          const { items: providers } = await api.get<{ items: ProviderHealth[] }>('/providers');
          status = providers.find((p) => p.name === created.providerName)?.health.status ?? 'missing';
        }
        expect(status).toBe('open');
      } finally {
        upstream.setFault(null);
      }

      // A long group name beside the breaker's reason: neither may spill into the next column.
      const { items: before } = await api.get<{ items: ProviderHealth[] }>('/providers');
      const mock = before.find((p) => p.name === created.providerName);
      await api.patch(`/providers/${mock?.id}`, { groups: ['default', LONG_GROUP] });

      await page.goto('/providers');
      await page.getByText('Circuit open').first().waitFor();
      const row = page.locator('tbody > tr').filter({ hasText: created.providerName });
      const badge = row.getByTitle(LONG_GROUP, { exact: true });
      const cost = row.locator('td[data-label="Cost"]');
      const [badgeBox, costBox] = [await badge.boundingBox(), await cost.boundingBox()];
      expect(badgeBox && costBox && badgeBox.x + badgeBox.width <= costBox.x, 'group badge overlaps the cost').toBe(
        true,
      );
      const reason = row.locator('td[data-label="Health"] p[title]').first();
      expect(await reason.evaluate((el) => getComputedStyle(el).wordBreak)).not.toBe('break-all');
      await screenshot(page, 'light-providers-circuit-open');
      await page.getByRole('button', { name: `Reset circuit of ${created.providerName}` }).click();
      const confirm = page.getByRole('alertdialog', { name: `Reset the circuit of ${created.providerName}?` });
      await confirm.getByRole('button', { name: 'Reset circuit' }).click();
      await confirm.waitFor({ state: 'hidden' });
      await page.getByText(`Circuit of ${created.providerName} reset`).first().waitFor();
      await page.getByText('Healthy').first().waitFor();
      expect(await page.getByText('Circuit open').count()).toBe(0);

      const { items: providers } = await api.get<{ items: ProviderHealth[] }>('/providers');
      expect(providers.find((p) => p.name === created.providerName)?.health.status).toBe('closed');
      const response = await sendMessage(gateway.url, created.key, 'after the reset');
      expect(response.status).toBe(200);
    });
  });
}
