/**
 * What a route loader awaits: the queries its page shows first, so `defaultPreload: 'intent'` (a
 * hover or focus on a link) fetches the data along with the code. A failed query does not fail the
 * route: the page shows it in place, with its own retry.
 */
export async function preload(...loads: Promise<unknown>[]): Promise<void> {
  await Promise.allSettled(loads);
}
