import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../api/api-error';
import { renderUi } from '../../test/render-ui';
import { QueryState } from './query-state';

type Query = Parameters<typeof QueryState<string[]>>[0]['query'];

function query(partial: Partial<Query>): Query {
  // A test double: `as` is safe because QueryState reads only these fields.
  return { status: 'pending', data: undefined, error: null, isFetching: false, refetch: vi.fn(), ...partial } as Query;
}

function renderState(q: Query) {
  return renderUi(
    <QueryState query={q} isEmpty={(rows) => rows.length === 0} empty={<p>Nothing here</p>}>
      {(rows) => (
        <ul>
          {rows.map((row) => (
            <li key={row}>{row}</li>
          ))}
        </ul>
      )}
    </QueryState>,
  );
}

describe('QueryState', () => {
  it('shows a spinner while pending', () => {
    renderState(query({ status: 'pending' }));
    expect(screen.getByRole('status', { name: 'Loading…' })).toBeTruthy();
  });

  it('shows the API error and retries with refetch', () => {
    const refetch = vi.fn();
    const error = new ApiError({ status: 503, title: 'Service Unavailable', detail: 'database is down' });
    renderState(query({ status: 'error', error, refetch }));
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Service Unavailable');
    expect(alert.textContent).toContain('database is down');
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(refetch).toHaveBeenCalledOnce();
  });

  it('renders the data, or the empty node when isEmpty says so', () => {
    const view = renderState(query({ status: 'success', data: ['a', 'b'] }));
    expect(screen.getAllByRole('listitem')).toHaveLength(2);
    view.unmount();
    renderState(query({ status: 'success', data: [] }));
    expect(screen.getByText('Nothing here')).toBeTruthy();
  });
});
