import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../../i18n/i18n-provider';
import { renderUi } from '../../test/render-ui';
import { KeysTable } from './keys-table';
import { makeKey } from './test-fixtures';

function lastUsedCell(name: string): HTMLElement {
  const row = screen.getByText(name).closest('tr');
  if (!row) throw new Error(`no row for ${name}`);
  return within(row).getByTestId('key-last-used');
}

describe('KeysTable: last used', () => {
  it('shows "Never" for a key that has made no request, and a relative time with the exact time on hover', () => {
    const usedAt = new Date(Date.now() - 3 * 60_000).toISOString();
    renderUi(
      <KeysTable
        keys={[
          makeKey({ id: 'k1', name: 'laptop', lastUsedAt: null }),
          makeKey({ id: 'k2', name: 'ci', lastUsedAt: usedAt }),
        ]}
      />,
    );

    expect(screen.getByRole('columnheader', { name: 'Last used' })).toBeTruthy();
    expect(lastUsedCell('laptop').textContent).toBe('Never');

    const used = within(lastUsedCell('ci')).getByText('3 minutes ago');
    expect(used.tagName).toBe('TIME');
    expect(used.getAttribute('dateTime')).toBe(usedAt);
    const exact = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'medium' }).format(new Date(usedAt));
    expect(used.getAttribute('title')).toBe(exact);
  });

  it('speaks Chinese in zh-CN', () => {
    const usedAt = new Date(Date.now() - 3 * 60_000).toISOString();
    render(
      <I18nProvider initialLocale="zh-CN">
        <KeysTable
          keys={[
            makeKey({ id: 'k1', name: 'laptop', lastUsedAt: null }),
            makeKey({ id: 'k2', name: 'ci', lastUsedAt: usedAt }),
          ]}
        />
      </I18nProvider>,
    );
    expect(screen.getByRole('columnheader', { name: '最近使用' })).toBeTruthy();
    expect(lastUsedCell('laptop').textContent).toBe('从未使用');
    // "3分钟前": built by Intl, so compare with Intl rather than one ICU version's spacing.
    expect(lastUsedCell('ci').textContent).toBe(
      new Intl.RelativeTimeFormat('zh-CN', { numeric: 'auto' }).format(-3, 'minute'),
    );
  });
});
