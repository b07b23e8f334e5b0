import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { adminSession, authRoutes, json, mockApi } from '../../test/mock-api';
import { renderApp } from '../../test/render-app';

const entry = (id: number, action: string, before: unknown, after: unknown) => ({
  id,
  createdAt: '2026-12-01T10:00:00.000Z',
  actor: 'admin',
  action,
  targetType: action.split('.')[0] ?? 'x',
  targetId: `t${id}`,
  before,
  after,
  ip: '10.0.0.7',
});

function setup() {
  const queries: URLSearchParams[] = [];
  const api = mockApi({
    ...authRoutes(adminSession),
    'GET /admin/audit-log': () => {
      const query = queries.at(-1);
      if (query?.get('cursor') === '2')
        return json(200, { items: [entry(1, 'key.create', null, { name: 'k' })], nextCursor: null });
      return json(200, {
        items: [
          entry(3, 'provider.update', { name: 'p', weight: 1, apiKeyPreview: 'sk-…abcd' }, { name: 'p', weight: 5 }),
          entry(2, 'settings.runtime.update', { siteTitle: 'a' }, { siteTitle: 'b' }),
        ],
        nextCursor: 2,
      });
    },
  });
  const inner = globalThis.fetch;
  globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input), 'http://localhost');
    if (url.pathname === '/admin/audit-log') queries.push(url.searchParams);
    return inner(input, init);
  };
  return { api, queries };
}

describe('audit log page', () => {
  it('lists who changed what from where, opens the changed fields, filters and pages', async () => {
    const { queries } = setup();
    renderApp({ path: '/audit' });
    const list = await screen.findByRole('list', { name: 'Audit log' }, { timeout: 8000 });
    const cards = within(list).getAllByRole('listitem');
    expect(cards).toHaveLength(2);
    expect(cards[0]?.textContent).toContain('provider.update');
    expect(cards[0]?.textContent).toContain('10.0.0.7');

    fireEvent.click(within(cards[0] as HTMLElement).getByRole('button', { name: '2 changed fields' }));
    expect(cards[0]?.textContent).toContain('weight');
    expect(within(cards[0] as HTMLElement).getByText('5')).toBeTruthy();
    expect(cards[0]?.textContent).not.toContain('"name"'); // unchanged fields are not listed

    fireEvent.click(screen.getByRole('button', { name: 'Load older entries' }));
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(3));

    fireEvent.change(screen.getByLabelText('Actor (exact, e.g. admin)'), { target: { value: 'user:alice' } });
    await waitFor(() => expect(queries.at(-1)?.get('actor')).toBe('user:alice'));
  });
});
