import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderUi } from '../../test/render-ui';
import { ConfirmDialog } from './confirm-dialog';

function setup(props: { pending?: boolean } = {}) {
  const onConfirm = vi.fn();
  const onOpenChange = vi.fn();
  renderUi(
    <ConfirmDialog
      open
      onOpenChange={onOpenChange}
      title="Delete provider?"
      description="This cannot be undone."
      confirmLabel="Delete"
      destructive
      onConfirm={onConfirm}
      {...props}
    />,
  );
  return { onConfirm, onOpenChange };
}

describe('ConfirmDialog', () => {
  it('shows the title and description in an alert dialog', () => {
    setup();
    const dialog = screen.getByRole('alertdialog', { name: 'Delete provider?' });
    expect(dialog).toHaveProperty('textContent', expect.stringContaining('This cannot be undone.'));
  });

  it('calls onConfirm and leaves closing to the caller', () => {
    const { onConfirm, onOpenChange } = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    expect(onConfirm).toHaveBeenCalledOnce();
    expect(onOpenChange).not.toHaveBeenCalled();
  });

  it('cancels with the Cancel button', () => {
    const { onConfirm, onOpenChange } = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onOpenChange).toHaveBeenCalledWith(false);
    expect(onConfirm).not.toHaveBeenCalled();
  });

  it('disables both buttons while pending', () => {
    const { onConfirm } = setup({ pending: true });
    const confirm = screen.getByRole('button', { name: 'Delete' });
    expect(confirm).toHaveProperty('disabled', true);
    expect(screen.getByRole('button', { name: 'Cancel' })).toHaveProperty('disabled', true);
    fireEvent.click(confirm);
    expect(onConfirm).not.toHaveBeenCalled();
  });

  it('renders extra content (an option for the action) inside the dialog', () => {
    renderUi(
      <ConfirmDialog open onOpenChange={vi.fn()} title="Rotate key?" confirmLabel="Rotate" onConfirm={vi.fn()}>
        <label>
          Grace period <input defaultValue="1 day" />
        </label>
      </ConfirmDialog>,
    );
    const dialog = screen.getByRole('alertdialog', { name: 'Rotate key?' });
    expect(within(dialog).getByLabelText('Grace period')).toBeTruthy();
  });
});
