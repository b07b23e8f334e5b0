import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en';
import type { MessageKey } from '../../src/i18n/en';
import { dictionaries, locales } from '../../src/i18n/locales';
import type { Locale } from '../../src/i18n/locales';
import { DESKTOP, PHONE } from '../harness/e2e-env';
import { sendMessage } from '../harness/proxy';
import { env } from '../harness/shared-env';

/** The browser language each context reports: the console must pick its locale from it alone. */
const BROWSER_LANGUAGE: Record<Locale, string> = {
  en: 'en-US',
  'zh-CN': 'zh-CN',
  'zh-TW': 'zh-TW',
  ja: 'ja-JP',
  ru: 'ru-RU',
};

const PAGES = [
  { name: 'dashboard', path: '/', nav: 'nav.dashboard', heading: 'page.dashboard.title' },
  { name: 'providers', path: '/providers', nav: 'nav.providers', heading: 'page.providers.title' },
  { name: 'logs', path: '/logs', nav: 'nav.logs', heading: 'page.logs.title' },
  // Long Russian labels once pushed this page wider than a phone.
  { name: 'settings', path: '/settings', nav: 'nav.settings', heading: 'page.settings.title' },
  { name: 'data', path: '/data', nav: 'nav.data', heading: 'page.data.title' },
] as const satisfies readonly { name: string; path: string; nav: MessageKey; heading: MessageKey }[];

/** English sentences that must not appear once a page is translated (a page left in English shows them). */
const ENGLISH_ONLY: readonly MessageKey[] = ['nav.logs', 'nav.usageGuide', 'page.providers.description'];

/**
 * A provider and one logged request, so the pages have rows to lay out. The earlier scenarios create
 * them in a full run; this makes the scenario meaningful when run alone (`-t 'five languages'`).
 */
async function ensureTraffic(): Promise<void> {
  const { api, upstream, gateway } = env();
  const { items } = await api.get<{ items: unknown[] }>('/providers');
  if (items.length > 0) return;
  await api.post('/providers', { name: 'Mock Anthropic', type: 'claude', baseUrl: upstream.url, apiKey: 'sk-up' });
  const user = await api.post<{ id: string }>('/users', { name: 'Ada Lovelace' });
  const key = await api.post<{ key: string }>(`/users/${user.id}/keys`, { name: 'ada-laptop' });
  expect((await sendMessage(gateway.url, key.key, 'hello in five languages')).status).toBe(200);
}

async function shoot(page: Page, dir: string, name: string): Promise<void> {
  await page.waitForLoadState('networkidle').catch(() => undefined);
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.screenshot({ path: join(dir, `${name}.png`), fullPage: true, animations: 'disabled' });
}

/**
 * Text cut off by its box: leaf elements that clip (overflow hidden, no ellipsis) and input placeholders
 * wider than the field. Deliberate truncation with an ellipsis is allowed.
 */
function clippedText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const clipped = [...document.querySelectorAll<HTMLElement>('main *, nav *, header *')]
      .filter((el) => {
        // Leaf elements with text; 1-px boxes are screen-reader-only labels.
        if (el.children.length > 0 || !el.textContent?.trim() || el.clientWidth <= 1) return false;
        const style = getComputedStyle(el);
        const clips = style.overflowX === 'hidden' || style.overflowX === 'clip';
        return clips && el.scrollWidth > el.clientWidth + 1 && style.textOverflow !== 'ellipsis';
      })
      .map((el) => el.textContent?.trim() ?? '');
    const context = document.createElement('canvas').getContext('2d');
    const placeholders = [...document.querySelectorAll<HTMLInputElement>('input[placeholder]')]
      .filter((input) => {
        if (!context || input.offsetParent === null) return false;
        const style = getComputedStyle(input);
        context.font = style.font;
        context.letterSpacing = style.letterSpacing;
        const room = input.clientWidth - Number.parseFloat(style.paddingLeft) - Number.parseFloat(style.paddingRight);
        return context.measureText(input.placeholder).width > room + 1;
      })
      .map((input) => `placeholder: ${input.placeholder}`);
    return [...clipped, ...placeholders];
  });
}

/** Each language end to end: detected from the browser, signed in, three pages at two widths. */
export function localeScenarios(): void {
  describe('five languages', () => {
    const shotsDir = mkdtempSync(join(tmpdir(), 'cch-locales-'));
    const timings: string[] = [];

    it.each(locales)(
      '%s: login, dashboard, providers, logs, settings and data are in that language',
      async (locale) => {
        await ensureTraffic();
        const started = performance.now();
        const dictionary = dictionaries[locale];
        const context = await env().newContext({ locale: BROWSER_LANGUAGE[locale] });
        const consoleErrors: string[] = [];
        try {
          const page = await context.newPage();
          let signedIn = false;
          page.on('console', (message) => {
            if (message.type() !== 'error') return;
            // Before signing in, the session probe (GET /admin/auth/me) is answered 401: that is how it learns.
            const probe = message.location().url.endsWith('/admin/auth/me') && message.text().includes('401');
            if (!(probe && !signedIn)) consoleErrors.push(`${message.text()} (${message.location().url})`);
          });
          page.on('pageerror', (error) => consoleErrors.push(error.message));

          await page.goto('/login');
          await page.getByRole('heading', { level: 1, name: dictionary['login.title'] }).waitFor();
          expect(await page.evaluate(() => document.documentElement.lang)).toBe(locale);
          expect(await clippedText(page), `${locale} /login: clipped text`).toEqual([]);
          await shoot(page, shotsDir, `${locale}-login`);
          await page.getByLabel(dictionary['login.tokenLabel'], { exact: true }).fill(env().gateway.adminToken);
          await page.getByRole('button', { name: dictionary['login.submit'] }).click();
          await page.waitForURL((url) => url.pathname !== '/login');
          signedIn = true;

          const nav = page.getByRole('navigation', { name: dictionary['nav.label'] });
          for (const target of PAGES) {
            await nav.getByRole('link', { name: dictionary[target.nav], exact: true }).click();
            await page.waitForURL((url) => url.pathname === target.path);
            await page.getByRole('heading', { level: 1, name: dictionary[target.heading] }).waitFor();
            const text = (await page.locator('body').textContent()) ?? '';
            expect(text, `${locale} ${target.path} shows an error`).not.toContain(dictionary['common.error.title']);
            if (locale !== 'en') {
              for (const key of ENGLISH_ONLY)
                expect(text, `${locale} ${target.path}: "${en[key]}"`).not.toContain(en[key]);
            }
            expect(await clippedText(page), `${locale} ${target.path}: clipped text`).toEqual([]);
            await shoot(page, shotsDir, `${locale}-desktop-${target.name}`);
          }

          await page.setViewportSize(PHONE);
          for (const target of PAGES) {
            await page.goto(target.path);
            await page.getByRole('heading', { level: 1, name: dictionary[target.heading] }).waitFor();
            const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
            expect(overflow, `${locale} ${target.path} scrolls sideways at 390 px`).toBeLessThanOrEqual(0);
            await shoot(page, shotsDir, `${locale}-phone-${target.name}`);
          }
          await page.setViewportSize(DESKTOP);
        } finally {
          await context.close();
        }
        expect(consoleErrors).toEqual([]);
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        timings.push(`${locale} ${seconds} s`);
        console.log(
          `[locales] ${locale}: login + ${PAGES.length} pages at 2 widths in ${seconds} s; screenshots in ${shotsDir}`,
        );
      },
      120_000,
    );

    it('printed the time per language', () => {
      expect(timings).toHaveLength(locales.length);
      console.log(`[locales] ${timings.join(' · ')}`);
    });
  });
}
