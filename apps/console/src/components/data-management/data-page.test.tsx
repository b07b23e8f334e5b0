import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { adminSession, authRoutes, json, mockApi, problem } from '../../test/mock-api';
import { renderApp } from '../../test/render-app';

const kinds = (provider: { create: number; update: number; unchanged: number; conflicts: number }) => [
  { kind: 'provider', ...provider },
  { kind: 'user', create: 2, update: 0, unchanged: 0, conflicts: 0 },
  { kind: 'requestLog', create: 0, update: 0, unchanged: 0, conflicts: 0 },
];

const preview = {
  dryRun: true,
  applied: false,
  source: 'claude-code-hub@old-box',
  exportedAt: '2026-12-01T10:00:00.000Z',
  kinds: kinds({ create: 1, update: 0, unchanged: 0, conflicts: 1 }),
  conflicts: [{ kind: 'provider', key: 'main (p-2)', reason: 'the name is already used by p-1' }],
};

function setup(importReplies: Response[]) {
  const api = mockApi({
    ...authRoutes(adminSession),
    'GET /admin/data/retention': () =>
      json(200, {
        retentionDays: 30,
        lastRun: {
          ranAt: '2026-12-04T02:00:00.000Z',
          cutoff: '2026-11-04T02:00:00.000Z',
          removed: 1234,
          complete: true,
        },
      }),
    'POST /admin/data/import': () => importReplies.shift() ?? problem(500, 'Unexpected call'),
    'GET /admin/data/logs/purge-preview': () => json(200, { olderThan: '2026-11-01T00:00:00.000Z', rows: 3 }),
    'POST /admin/data/logs/purge': () => json(200, { olderThan: '2026-11-01T00:00:00.000Z', removed: 3 }),
  });
  const urls = () => api.fetchMock.mock.calls.map(([input]) => String(input));
  return { api, urls };
}

const pickFile = (contents: string) => {
  const input = screen.getByLabelText('Export file (.jsonl)');
  const file = new File([contents], 'cch-export.jsonl', { type: 'application/x-ndjson' });
  fireEvent.change(input, { target: { files: [file] } });
  return file;
};

describe('data page', () => {
  it("shows the retention setting and the retention job's last run", async () => {
    setup([]);
    renderApp({ path: '/data' });
    expect(await screen.findByText(/Request logs are kept for 30 days/, {}, { timeout: 8000 })).toBeTruthy();
    expect(screen.getByText(/1,234 request logs older than .* deleted/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Data' }).getAttribute('href')).toBe('/data');
  });

  it('builds the export download link, with logs and a date range only when asked', async () => {
    setup([]);
    renderApp({ path: '/data' });
    const link = await screen.findByRole('link', { name: 'Download export' }, { timeout: 8000 });
    expect(link.getAttribute('href')).toBe('/admin/data/export');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Include request logs' }));
    fireEvent.change(screen.getByLabelText('Logs from day'), { target: { value: '2026-11-01' } });
    fireEvent.change(screen.getByLabelText('Logs to day (inclusive)'), { target: { value: '2026-11-30' } });
    const href = new URL(String(link.getAttribute('href')), 'http://localhost');
    expect(href.pathname).toBe('/admin/data/export');
    expect(href.searchParams.get('logs')).toBe('true');
    expect(new Date(String(href.searchParams.get('from'))).getTime()).toBe(new Date(2026, 10, 1).getTime());
    expect(new Date(String(href.searchParams.get('to'))).getTime()).toBe(new Date(2026, 11, 1).getTime());
    fireEvent.change(screen.getByLabelText('Logs from day'), { target: { value: '2026-12-31' } });
    expect(screen.getByRole('alert').textContent).toBe('The period ends before it starts.');
    expect(screen.queryByRole('link', { name: 'Download export' })).toBeNull();
  });

  it('previews an import file, lists conflicts, then applies the same file', async () => {
    const { api, urls } = setup([json(200, preview), json(200, { ...preview, dryRun: false, applied: true })]);
    renderApp({ path: '/data' });
    await screen.findByText(/Request logs are kept/, {}, { timeout: 8000 });
    expect(screen.queryByRole('button', { name: 'Apply import' })).toBeNull();
    expect(screen.getByText('No file chosen')).toBeTruthy();
    const file = pickFile('{"type":"header"}\n');
    expect(screen.getByText('cch-export.jsonl')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Preview' }));
    const table = await screen.findByRole('table', { name: 'Import preview' });
    const rows = within(table).getAllByRole('row');
    // header + the two kinds that have records (request logs: nothing to show)
    expect(rows).toHaveLength(3);
    expect(rows[1]?.textContent).toBe('Providers1001');
    expect(rows[2]?.textContent).toBe('Users2000');
    const conflicts = screen.getByRole('list', { name: 'Conflicts (left out)' });
    expect(conflicts.textContent).toContain('main (p-2): the name is already used by p-1');
    expect(screen.getByText(/Preview of the export from claude-code-hub@old-box/)).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Apply import' }));
    expect(await screen.findByText('Import applied')).toBeTruthy();
    expect(screen.getByText(/Imported the export from claude-code-hub@old-box/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Apply import' })).toBeNull();
    const imports = urls().filter((url) => url.startsWith('/admin/data/import'));
    expect(imports).toEqual(['/admin/data/import?dryRun=true', '/admin/data/import?dryRun=false']);
    const sent = api.callsTo('POST', '/admin/data/import');
    expect(sent[0]?.headers.get('content-type')).toBe('application/x-ndjson');
    expect(sent[0]?.headers.get('x-csrf-token')).toBe('csrf-admin');
    expect(api.fetchMock.mock.calls.find(([input]) => String(input).startsWith('/admin/data/import'))?.[1]?.body).toBe(
      file,
    );
  });

  it("shows the gateway's reason when a file is refused", async () => {
    setup([problem(400, 'Import refused', 'Line 3: data.name: Invalid input. Nothing was changed.')]);
    renderApp({ path: '/data' });
    await screen.findByText(/Request logs are kept/, {}, { timeout: 8000 });
    pickFile('garbage');
    fireEvent.click(screen.getByRole('button', { name: 'Preview' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('Line 3: data.name: Invalid input. Nothing was changed.');
    expect(screen.queryByRole('button', { name: 'Apply import' })).toBeNull();
  });

  it('counts the logs a purge would delete, asks, then purges', async () => {
    const { api } = setup([]);
    renderApp({ path: '/data' });
    await screen.findByText(/Request logs are kept/, {}, { timeout: 8000 });
    const purge = screen.getByRole('button', { name: 'Purge logs' }) as HTMLButtonElement;
    expect(purge.disabled).toBe(true);
    fireEvent.change(screen.getByLabelText('Delete logs created before'), { target: { value: '2026-11-01' } });
    expect(await screen.findByText('3 request logs would be deleted.')).toBeTruthy();
    fireEvent.click(purge);
    const dialog = await screen.findByRole('alertdialog');
    expect(dialog.textContent).toContain('3 request logs created before 2026-11-01 will be deleted for good');
    expect(api.callsTo('POST', '/admin/data/logs/purge')).toHaveLength(0);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Delete logs' }));
    expect(await screen.findByText('3 request logs deleted')).toBeTruthy();
    await waitFor(() => expect(api.callsTo('POST', '/admin/data/logs/purge')).toHaveLength(1));
    expect(api.callsTo('POST', '/admin/data/logs/purge')[0]?.body).toEqual({
      olderThan: new Date(2026, 10, 1).toISOString(),
    });
  });
});
