import { AlertDialog } from 'radix-ui';
import type { ReactNode } from 'react';
import { useT } from '../../i18n/use-t';
import { Button } from './button';
import { cn } from './cn';

interface ConfirmDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: ReactNode;
  description?: ReactNode;
  /** Extra content between the description and the buttons, e.g. an option for the action. */
  children?: ReactNode;
  confirmLabel: ReactNode;
  /** Red confirm button for deletions and other irreversible actions. */
  destructive?: boolean;
  /** Shows a spinner on the confirm button and keeps the dialog open. */
  pending?: boolean;
  onConfirm: () => void;
}

/** "Are you sure?" dialog; the caller closes it (onOpenChange(false)) when the action is done. */
export function ConfirmDialog({
  open,
  onOpenChange,
  title,
  description,
  children,
  confirmLabel,
  destructive = false,
  pending = false,
  onConfirm,
}: ConfirmDialogProps) {
  const t = useT();
  return (
    <AlertDialog.Root open={open} onOpenChange={(next) => !pending && onOpenChange(next)}>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="fixed inset-0 z-50 bg-zinc-950/50" />
        <AlertDialog.Content
          className={cn(
            'fixed top-1/2 left-1/2 z-50 w-[calc(100vw-2rem)] max-w-md -translate-x-1/2',
            '-translate-y-1/2 rounded-xl border border-zinc-200 bg-white p-5 shadow-xl outline-none',
            'dark:border-zinc-800 dark:bg-zinc-900',
          )}
          {...(description === undefined ? { 'aria-describedby': undefined } : {})}
        >
          <AlertDialog.Title className="text-base font-semibold text-zinc-900 dark:text-zinc-50">
            {title}
          </AlertDialog.Title>
          {description !== undefined && (
            <AlertDialog.Description className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">
              {description}
            </AlertDialog.Description>
          )}
          {children !== undefined && <div className="mt-4">{children}</div>}
          <div className="mt-6 flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
            <AlertDialog.Cancel asChild>
              <Button variant="secondary" disabled={pending}>
                {t('ui.cancel')}
              </Button>
            </AlertDialog.Cancel>
            {/* Not AlertDialog.Action: that would close the dialog before the mutation finishes. */}
            <Button variant={destructive ? 'danger' : 'primary'} loading={pending} onClick={onConfirm}>
              {confirmLabel}
            </Button>
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
