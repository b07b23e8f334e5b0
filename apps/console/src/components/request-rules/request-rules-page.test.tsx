import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { RequestFilter, SensitiveWord } from '../../api/request-rules';
import { adminSession, authRoutes, json, mockApi, problem } from '../../test/mock-api';
import { renderApp } from '../../test/render-app';

const at = '2026-01-01T00:00:00.000Z';
const secretFilter: RequestFilter = {
  id: 'f1',
  name: 'relay token',
  enabled: true,
  position: 0,
  scope: 'global',
  scopeValue: null,
  target: 'header',
  action: 'set',
  path: 'x-relay-token',
  value: null,
  valueMask: '••••CRET',
  secret: true,
  createdAt: at,
  updatedAt: at,
};

describe('request rules page', () => {
  it('lists filters with a masked secret and disables one without resending its value', {
    timeout: 15_000,
  }, async () => {
    const api = mockApi({
      ...authRoutes(adminSession),
      'GET /admin/request-filters': () => json(200, { items: [secretFilter] }),
      'PUT /admin/request-filters/f1': () => json(200, { ...secretFilter, enabled: false }),
    });
    renderApp({ path: '/request-rules' });
    const row = (await screen.findByText('relay token', {}, { timeout: 5000 })).closest('tr')!;
    expect(within(row).getByText('••••CRET')).toBeTruthy();
    fireEvent.click(within(row).getByRole('switch', { name: 'Enable or disable relay token' }));
    await waitFor(() => expect(api.callsTo('PUT', '/admin/request-filters/f1')).toHaveLength(1));
    const body = api.callsTo('PUT', '/admin/request-filters/f1')[0]?.body as Record<string, unknown>;
    expect(body).toMatchObject({ enabled: false, secret: true, path: 'x-relay-token' });
    expect(body).not.toHaveProperty('value');
  });

  it('adds a sensitive word and shows why a regex was refused', { timeout: 15_000 }, async () => {
    const words: SensitiveWord[] = [];
    const api = mockApi({
      ...authRoutes(adminSession),
      'GET /admin/request-filters': () => json(200, { items: [] }),
      'GET /admin/sensitive-words': () => json(200, { items: words }),
      'POST /admin/sensitive-words': () =>
        problem(
          400,
          'Bad Request',
          'The regular expression cannot be used: a repeated group may not hold another repetition.',
        ),
    });
    renderApp({ path: '/request-rules' });
    fireEvent.mouseDown(await screen.findByRole('tab', { name: 'Sensitive words' }));
    fireEvent.change(await screen.findByLabelText('Word or regular expression'), { target: { value: '(a+)+' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    await waitFor(() => expect(api.callsTo('POST', '/admin/sensitive-words')).toHaveLength(1));
    expect(api.callsTo('POST', '/admin/sensitive-words')[0]?.body).toMatchObject({ pattern: '(a+)+', kind: 'word' });
    expect(await screen.findByText(/a repeated group may not hold another repetition/)).toBeTruthy();
  });
});
