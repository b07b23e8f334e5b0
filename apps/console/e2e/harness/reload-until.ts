import type { Locator, Page } from 'playwright-core';

/**
 * Reloads `page` until `shown` is visible: the log writer batches, so a request reaches the logs
 * and the dashboard a moment after its answer. Each load gets `perLoadMs` to fetch and render
 * before the next reload; checking right after `reload()` resolves would look before the page's
 * own data requests have answered, and on a loaded machine every load would be cut short.
 */
export async function reloadUntilVisible(
  page: Page,
  shown: Locator,
  what: string,
  { withinMs = 20_000, perLoadMs = 3_000 } = {},
): Promise<void> {
  const deadline = Date.now() + withinMs;
  for (;;) {
    const wait = Math.max(1, Math.min(perLoadMs, deadline - Date.now()));
    const visible = await shown
      .first()
      .waitFor({ state: 'visible', timeout: wait })
      .then(
        () => true,
        () => false,
      );
    if (visible) return;
    if (Date.now() >= deadline) throw new Error(`timed out after ${withinMs} ms waiting for ${what}`);
    await page.reload();
  }
}
