import type { Page } from 'playwright-core';

/** An error answer the flow provokes on purpose, e.g. the session probe's 401 before signing in. */
export interface ExpectedError {
  path: string;
  status: number;
  /** Only while this holds (default: always). */
  while?: () => boolean;
}

/**
 * Records everything on `page` a user would call broken: uncaught exceptions, console errors, requests
 * that failed, and HTTP ≥ 400 answers the flow did not ask for. `problems()` lists them, empty if none.
 */
export function watchBrowserProblems(page: Page, expected: readonly ExpectedError[] = []) {
  const found: string[] = [];
  const isExpected = (url: string, status: (candidate: number) => boolean) => {
    const path = new URL(url).pathname;
    return expected.some((e) => e.path === path && status(e.status) && (e.while?.() ?? true));
  };

  page.on('pageerror', (error) => found.push(`pageerror: ${error.message}`));
  page.on('response', (response) => {
    const status = response.status();
    if (status < 400 || isExpected(response.url(), (s) => s === status)) return;
    found.push(`HTTP ${status}: ${response.request().method()} ${response.url()}`);
  });
  page.on('requestfailed', (request) => {
    const reason = request.failure()?.errorText ?? 'unknown';
    // A GET the browser or the page cancelled is not a failure a user sees: a query whose page unmounted
    // (TanStack Query aborts it), or the favicon fetch Chromium drops when the document changes. A server
    // that fails a request shows as another net error or as an HTTP status, both still reported.
    const cancelled = reason === 'net::ERR_ABORTED' && request.method() === 'GET';
    if (!cancelled) found.push(`requestfailed (${reason}): ${request.method()} ${request.url()}`);
  });
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    // Chromium logs each ≥ 400 response on the console as well; the expected ones are not problems.
    const url = message.location().url;
    if (url && isExpected(url, (s) => message.text().includes(`status of ${s}`))) return;
    found.push(`console.error: ${message.text()}${url ? ` (${url})` : ''}`);
  });
  return { problems: () => [...found] };
}
