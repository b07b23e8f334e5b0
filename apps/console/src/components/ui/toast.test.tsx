import { act, fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderUi } from '../../test/render-ui';
import { useToast } from './toast';

function Trigger() {
  const { toast } = useToast();
  return (
    <button type="button" onClick={() => toast({ title: 'Saved', description: 'Provider updated', tone: 'success' })}>
      Save
    </button>
  );
}

describe('toast', () => {
  it('shows a toast with title and description', () => {
    renderUi(<Trigger />);
    act(() => fireEvent.click(screen.getByRole('button', { name: 'Save' })));
    expect(screen.getAllByText('Saved').length).toBeGreaterThan(0);
    expect(screen.getAllByText('Provider updated').length).toBeGreaterThan(0);
  });
});
