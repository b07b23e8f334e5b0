import { describe, expect, it } from 'vitest';
import { signIn } from '../harness/console-actions';
import { sendMessage } from '../harness/proxy';
import { screenshot } from '../harness/screenshots';
import { env } from '../harness/shared-env';
import { created } from './state';

/** The first-run story: a provider pointing at the mock upstream, a user, a key, a real request. */
export function setupFlowScenarios(): void {
  describe('provider, user, key and a proxied request', () => {
    it('creates a provider pointing at the mock upstream', async () => {
      const { page, upstream, api } = env();
      await page.goto('/providers');
      await page.getByRole('heading', { level: 1, name: 'Providers' }).waitFor();
      await page.getByRole('button', { name: 'Add provider' }).first().click();
      const dialog = page.getByRole('dialog', { name: 'Add provider' });
      await dialog.waitFor();
      await dialog.getByLabel('Name', { exact: true }).fill(created.providerName);
      await dialog.getByLabel('Base URL', { exact: true }).fill(upstream.url);
      await dialog.getByLabel('API key', { exact: true }).fill('sk-ant-upstream-e2e');
      await screenshot(page, 'light-providers-create-dialog');
      await dialog.getByRole('button', { name: 'Create provider' }).click();
      await dialog.waitFor({ state: 'hidden' });

      await page.getByRole('button', { name: created.providerName, exact: true }).waitFor();
      await page.getByText(`Provider ${created.providerName} created`).first().waitFor();
      const { items: providers } = await api.get<{ items: { name: string; baseUrl: string; type: string }[] }>(
        '/providers',
      );
      expect(providers).toEqual([expect.objectContaining({ name: created.providerName, type: 'claude' })]);
      await screenshot(page, 'light-providers-with-one');
    });

    it('creates a user, issues a key and copies it', async () => {
      const { page } = env();
      await page.goto('/users');
      await page.getByRole('heading', { level: 1, name: 'Users & keys' }).waitFor();
      await page.getByRole('button', { name: 'New user' }).first().click();
      const userDialog = page.getByRole('dialog', { name: 'New user' });
      await userDialog.getByLabel('Name', { exact: true }).fill(created.userName);
      await userDialog.getByRole('button', { name: 'Create user' }).click();
      await userDialog.waitFor({ state: 'hidden' });

      await page.getByRole('link', { name: created.userName }).click();
      await page.waitForURL(/\/users\/[^/]+$/);
      await page.getByRole('heading', { level: 1, name: created.userName }).waitFor();
      await page.getByRole('button', { name: 'New key' }).first().click();
      const keyDialog = page.getByRole('dialog', { name: 'New API key' });
      await keyDialog.getByLabel('Key name', { exact: true }).fill(created.keyName);
      await keyDialog.getByRole('button', { name: 'Create key' }).click();

      const shown = page.getByRole('dialog', { name: 'Your new API key' });
      await shown.waitFor();
      await screenshot(page, 'light-users-key-created');
      await shown.getByRole('button', { name: 'Copy key' }).click();
      await shown.getByRole('button', { name: 'Copied', exact: true }).waitFor();
      const clipboard = await page.evaluate(() => navigator.clipboard.readText());
      expect(clipboard).toMatch(/^sk-/);
      expect(await shown.getByText(clipboard, { exact: true }).count()).toBe(1);
      created.key = clipboard;

      await shown.getByRole('button', { name: 'I’ve copied it' }).click();
      await shown.waitFor({ state: 'hidden' });
      await page.getByRole('cell', { name: created.keyName }).first().waitFor();
      await screenshot(page, 'light-user-detail');
    });

    it('copies a key over a plain-http LAN address too (no Clipboard API there)', async () => {
      const lanUrl = await lanAddress(env().gateway.url);
      if (!lanUrl) return; // no non-loopback interface on this machine
      const context = await env().newContext({ baseURL: lanUrl });
      try {
        // Record what the execCommand('copy') fallback copies (the selected, focused textarea).
        await context.addInitScript(() => {
          const original = document.execCommand.bind(document);
          document.execCommand = (command: string, showUi?: boolean, value?: string) => {
            const active = document.activeElement;
            if (command === 'copy' && active instanceof HTMLTextAreaElement)
              document.body.dataset.copied = active.value;
            return original(command, showUi, value);
          };
        });
        const page = await context.newPage();
        await page.goto('/login');
        expect(await page.evaluate(() => window.isSecureContext)).toBe(false);
        await signIn(page, env().gateway.adminToken);
        await page.goto('/users');
        await page.getByRole('link', { name: created.userName }).click();
        await page.getByRole('button', { name: 'New key' }).first().click();
        const keyDialog = page.getByRole('dialog', { name: 'New API key' });
        await keyDialog.getByLabel('Key name', { exact: true }).fill('ada-lan');
        await keyDialog.getByRole('button', { name: 'Create key' }).click();
        const shown = page.getByRole('dialog', { name: 'Your new API key' });
        await shown.getByRole('button', { name: 'Copy key' }).click();
        await shown.getByRole('button', { name: 'Copied', exact: true }).waitFor();
        const copied = await page.evaluate(() => document.body.dataset.copied ?? '');
        expect(copied).toMatch(/^sk-/);
        expect(await shown.getByText(copied, { exact: true }).count()).toBe(1);
        expect(copied).not.toBe(created.key);
      } finally {
        await context.close();
      }
    });

    it('proxies a real request with the copied key', async () => {
      const { gateway, upstream } = env();
      expect(created.key).not.toBe('');
      const before = upstream.requestCount;
      const response = await sendMessage(gateway.url, created.key);
      expect(response.status).toBe(200);
      const body = (await response.json()) as { content: { type: string; text?: string }[] };
      expect(body.content[0]?.text).toContain('e2e');
      expect(upstream.requestCount).toBe(before + 1);
    });
  });
}

/** The gateway URL on this machine's first non-loopback IPv4 address (a non-secure origin). */
async function lanAddress(url: string): Promise<string | null> {
  const { networkInterfaces } = await import('node:os');
  const ip = Object.values(networkInterfaces())
    .flat()
    .find((info) => info && info.family === 'IPv4' && !info.internal)?.address;
  if (!ip) return null;
  const lan = new URL(url);
  lan.hostname = ip;
  return lan.origin;
}
