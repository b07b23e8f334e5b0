import { createMemoryHistory } from '@tanstack/react-router';
import { render } from '@testing-library/react';
import { App } from '../app';
import { createApp } from '../create-app';
import type { Locale } from '../i18n/locales';

/** Renders the whole console (router, query client, providers) at `path`. */
export function renderApp({ path = '/', locale = 'en' }: { path?: string; locale?: Locale } = {}) {
  const history = createMemoryHistory({ initialEntries: [path] });
  const app = createApp({ history });
  const view = render(<App {...app} initialLocale={locale} />);
  return { ...view, ...app, history };
}
