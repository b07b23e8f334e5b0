import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderUi } from '../../test/render-ui';
import { Progress, progressTone } from './progress';

describe('Progress', () => {
  it('is a labelled progressbar with percent aria values', () => {
    renderUi(<Progress value={0.425} label="Daily limit" />);
    const bar = screen.getByRole('progressbar', { name: 'Daily limit' });
    expect(bar.getAttribute('aria-valuenow')).toBe('43');
    expect(bar.getAttribute('aria-valuemin')).toBe('0');
    expect(bar.getAttribute('aria-valuemax')).toBe('100');
    expect(bar.dataset.tone).toBe('normal');
  });

  it('turns amber from 80 % and red from 100 %, clamping the bar', () => {
    expect(progressTone(0.79)).toBe('normal');
    expect(progressTone(0.8)).toBe('warning');
    expect(progressTone(1)).toBe('danger');
    renderUi(<Progress value={1.7} label="Over" />);
    const bar = screen.getByRole('progressbar', { name: 'Over' });
    expect(bar.getAttribute('aria-valuenow')).toBe('100');
    expect(bar.dataset.tone).toBe('danger');
    expect(bar.firstElementChild?.className).toContain('bg-red-600');
  });
});
