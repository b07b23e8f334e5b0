import { Dialog as DialogPrimitive } from 'radix-ui';
import { cn } from './cn';
import { MODAL_CLOSE_CLASSES, ModalPanel, type ModalPanelClasses, type ModalPanelProps } from './modal-panel';

/** Drawer root: `<Sheet open onOpenChange>`; shares Radix Dialog's focus trap and Escape handling. */
export const Sheet = DialogPrimitive.Root;
export const SheetTrigger = DialogPrimitive.Trigger;
export const SheetClose = DialogPrimitive.Close;

const SHEET_CLASSES: ModalPanelClasses = {
  overlay: 'fixed inset-0 z-50 bg-zinc-950/50',
  content: cn(
    'fixed inset-y-0 right-0 z-50 flex w-full flex-col border-zinc-200 bg-white shadow-xl',
    'outline-none sm:max-w-2xl sm:border-l',
    'dark:border-zinc-800 dark:bg-zinc-900',
  ),
  header: 'flex items-start justify-between gap-4 border-b border-zinc-200 px-5 py-4 dark:border-zinc-800',
  title: 'truncate text-base font-semibold text-zinc-900 dark:text-zinc-50',
  close: cn('-mr-1', MODAL_CLOSE_CLASSES),
  body: 'min-h-0 flex-1 overflow-y-auto px-5 py-4',
};

/** A right-side drawer: full width on phones, up to 42 rem on larger screens. */
export function SheetContent(props: ModalPanelProps) {
  return <ModalPanel classes={SHEET_CLASSES} {...props} />;
}
