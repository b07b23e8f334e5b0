import { fireEvent } from '@testing-library/react';

/** Opens a Radix dropdown the way a mouse does (Radix listens to pointerdown, not click). */
export function openMenu(trigger: HTMLElement): void {
  fireEvent.pointerDown(trigger, { button: 0, ctrlKey: false, pointerType: 'mouse' });
}
