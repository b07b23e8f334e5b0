import { X } from 'lucide-react';
import { Dialog as DialogPrimitive } from 'radix-ui';
import type { ReactNode } from 'react';
import { useT } from '../../i18n/use-t';
import { cn } from './cn';

/** Where a modal panel differs by layout (centered dialog or side drawer); the rest is shared. */
export interface ModalPanelClasses {
  overlay: string;
  content: string;
  header: string;
  title: string;
  close: string;
  body: string;
}

/** The close button's look, after each layout's own offset classes. */
export const MODAL_CLOSE_CLASSES = cn(
  'inline-flex size-8 shrink-0 items-center justify-center rounded-md text-zinc-500',
  'hover:bg-zinc-100 hover:text-zinc-900',
  'dark:text-zinc-400 dark:hover:bg-zinc-800 dark:hover:text-zinc-50',
);

export interface ModalPanelProps {
  title: ReactNode;
  description?: ReactNode;
  className?: string;
  children?: ReactNode;
}

/** A Radix Dialog portal with overlay, a titled header with a close button, and a scrolling body. */
export function ModalPanel({
  classes,
  title,
  description,
  className,
  children,
}: ModalPanelProps & { classes: ModalPanelClasses }) {
  const t = useT();
  return (
    <DialogPrimitive.Portal>
      <DialogPrimitive.Overlay className={classes.overlay} />
      <DialogPrimitive.Content
        className={cn(classes.content, className)}
        {...(description === undefined ? { 'aria-describedby': undefined } : {})}
      >
        <header className={classes.header}>
          <div className="min-w-0">
            <DialogPrimitive.Title className={classes.title}>{title}</DialogPrimitive.Title>
            {description !== undefined && (
              <DialogPrimitive.Description className="mt-1 text-sm text-zinc-500 dark:text-zinc-400">
                {description}
              </DialogPrimitive.Description>
            )}
          </div>
          <DialogPrimitive.Close className={classes.close} aria-label={t('ui.close')}>
            <X className="size-4" aria-hidden />
          </DialogPrimitive.Close>
        </header>
        <div className={classes.body}>{children}</div>
      </DialogPrimitive.Content>
    </DialogPrimitive.Portal>
  );
}
