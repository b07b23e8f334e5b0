import { act, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderUi } from '../../test/render-ui';
import { CopyButton } from './copy-button';

afterEach(() => {
  vi.useRealTimers();
});

describe('CopyButton', () => {
  it('copies with navigator.clipboard and says "Copied" for two seconds', async () => {
    vi.useFakeTimers();
    const writeText = vi.fn().mockResolvedValue(undefined);
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    renderUi(<CopyButton value="sk-secret" label="Copy key" />);

    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: /Copy key/ }));
    });
    expect(writeText).toHaveBeenCalledWith('sk-secret');
    // Exactly "Copied": the live-region announcement must not leak into the button's name.
    expect(screen.getByRole('button', { name: 'Copied' })).toBeTruthy();

    act(() => vi.advanceTimersByTime(2000));
    expect(screen.getByRole('button').textContent).toContain('Copy key');
  });

  it('falls back to a textarea and execCommand without the Clipboard API (plain http)', async () => {
    vi.stubGlobal('navigator', { ...navigator, clipboard: undefined });
    let copied = '';
    const execCommand = vi.fn((command: string) => {
      const active = document.activeElement;
      if (command === 'copy' && active instanceof HTMLTextAreaElement) copied = active.value;
      return true;
    });
    Object.defineProperty(document, 'execCommand', { value: execCommand, configurable: true });
    renderUi(<CopyButton value="sk-fallback" />);

    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Copy' }));
    });
    expect(execCommand).toHaveBeenCalledWith('copy');
    expect(copied).toBe('sk-fallback');
    expect(document.querySelector('textarea')).toBeNull();
    expect(screen.getByRole('button', { name: 'Copied' })).toBeTruthy();
  });

  it('falls back when the Clipboard API rejects, and reports failure when both fail', async () => {
    vi.stubGlobal('navigator', {
      ...navigator,
      clipboard: { writeText: vi.fn().mockRejectedValue(new Error('denied')) },
    });
    const execCommand = vi.fn(() => false);
    Object.defineProperty(document, 'execCommand', { value: execCommand, configurable: true });
    renderUi(<CopyButton value="x" label="Copy" />);

    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: /Copy/ }));
    });
    expect(execCommand).toHaveBeenCalledWith('copy');
    expect(screen.getByRole('button').textContent).toContain('Copy failed');
  });
});
