import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../i18n/i18n-provider';
import { openMenu } from '../../test/open-menu';
import { ThemeProvider } from '../../theme/theme-provider';
import { ThemeSwitch } from './theme-switch';

function stubSystemDark(dark: boolean) {
  const listeners = new Set<() => void>();
  vi.stubGlobal(
    'matchMedia',
    vi.fn((query: string) => ({
      matches: dark,
      media: query,
      addEventListener: (_: string, listener: () => void) => listeners.add(listener),
      removeEventListener: (_: string, listener: () => void) => listeners.delete(listener),
    })),
  );
  return {
    change(next: boolean) {
      dark = next;
      for (const listener of listeners) listener();
    },
  };
}

function renderSwitch() {
  render(
    <I18nProvider initialLocale="en">
      <ThemeProvider>
        <ThemeSwitch />
      </ThemeProvider>
    </I18nProvider>,
  );
}

function choose(option: 'Light' | 'Dark' | 'System') {
  openMenu(screen.getByRole('button', { name: /^Theme:/ }));
  fireEvent.click(screen.getByRole('menuitemradio', { name: option }));
}

const html = document.documentElement;

describe('ThemeSwitch', () => {
  it('puts the dark class on <html> and persists the choice', () => {
    stubSystemDark(false);
    renderSwitch();
    expect(html.classList.contains('dark')).toBe(false);

    choose('Dark');
    expect(html.classList.contains('dark')).toBe(true);
    expect(localStorage.getItem('cch.theme')).toBe('dark');
    expect(screen.getByRole('button', { name: 'Theme: Dark' })).toBeTruthy();

    choose('Light');
    expect(html.classList.contains('dark')).toBe(false);
    expect(localStorage.getItem('cch.theme')).toBe('light');
  });

  it('follows the operating system in system mode, live', () => {
    const system = stubSystemDark(true);
    renderSwitch();
    expect(html.classList.contains('dark')).toBe(true);

    system.change(false);
    expect(html.classList.contains('dark')).toBe(false);
  });

  it('starts from the saved theme', () => {
    stubSystemDark(false);
    localStorage.setItem('cch.theme', 'dark');
    renderSwitch();
    expect(html.classList.contains('dark')).toBe(true);
    expect(html.style.colorScheme).toBe('dark');
  });
});
