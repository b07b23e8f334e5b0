import { Dialog as DialogPrimitive } from 'radix-ui';
import type { ReactNode } from 'react';
import { cn } from './cn';
import { MODAL_CLOSE_CLASSES, ModalPanel, type ModalPanelClasses, type ModalPanelProps } from './modal-panel';

/** Controlled or uncontrolled dialog root: `<Dialog open onOpenChange>`. */
export const Dialog = DialogPrimitive.Root;
export const DialogTrigger = DialogPrimitive.Trigger;
export const DialogClose = DialogPrimitive.Close;

const DIALOG_CLASSES: ModalPanelClasses = {
  overlay: 'fixed inset-0 z-50 bg-zinc-950/50 backdrop-blur-[1px]',
  content: cn(
    'fixed top-1/2 left-1/2 z-50 flex max-h-[calc(100dvh-2rem)] w-[calc(100vw-2rem)] max-w-lg',
    '-translate-x-1/2 -translate-y-1/2 flex-col',
    'rounded-xl border border-zinc-200 bg-white shadow-xl outline-none dark:border-zinc-800 dark:bg-zinc-900',
  ),
  header: 'flex items-start justify-between gap-4 px-5 pt-5',
  title: 'text-base font-semibold text-zinc-900 dark:text-zinc-50',
  close: cn('-mt-1 -mr-1', MODAL_CLOSE_CLASSES),
  body: 'min-h-0 overflow-y-auto px-5 pt-4 pb-5',
};

/** Centered modal panel with a title, optional description and a close button. */
export function DialogContent(props: ModalPanelProps) {
  return <ModalPanel classes={DIALOG_CLASSES} {...props} />;
}

/** Right-aligned action row at the bottom of a dialog (stacked on phones). */
export function DialogFooter({ className, children }: { className?: string; children?: ReactNode }) {
  return <div className={cn('mt-6 flex flex-col-reverse gap-2 sm:flex-row sm:justify-end', className)}>{children}</div>;
}
