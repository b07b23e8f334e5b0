import { TriangleAlert } from 'lucide-react';
import type { CreatedKey } from '../../api/keys';
import { useT } from '../../i18n/use-t';
import { Button } from '../ui/button';
import { CopyButton } from '../ui/copy-button';
import { Dialog, DialogContent, DialogFooter } from '../ui/dialog';
import { cn } from '../ui/cn';

interface CreatedKeyDialogProps {
  /** The freshly issued key; null once dismissed (the parent drops the plaintext then). */
  created: CreatedKey | null;
  onDismiss: () => void;
}

/** The one and only time the full `sk-…` key is shown. */
export function CreatedKeyDialog({ created, onDismiss }: CreatedKeyDialogProps) {
  const t = useT();
  return (
    <Dialog open={created !== null} onOpenChange={(open) => !open && onDismiss()}>
      <DialogContent
        title={t('page.users.created.title')}
        description={created ? t('page.users.created.description', { name: created.name }) : undefined}
      >
        {created && (
          <div className="space-y-4">
            <div
              className={cn(
                'flex gap-2 rounded-lg border border-amber-200 bg-amber-50 p-3 text-sm text-amber-900',
                'dark:border-amber-900 dark:bg-amber-950 dark:text-amber-200',
              )}
            >
              <TriangleAlert className="mt-0.5 size-4 shrink-0" aria-hidden />
              <p>{t('page.users.created.once')}</p>
            </div>
            <div className="flex items-center gap-2">
              <code
                data-testid="created-key"
                className={cn(
                  'min-w-0 flex-1 rounded-lg border border-zinc-200 bg-zinc-50 px-3 py-2 font-mono text-sm',
                  'break-all text-zinc-900 select-all',
                  'dark:border-zinc-800 dark:bg-zinc-950 dark:text-zinc-100',
                )}
              >
                {created.key}
              </code>
              <CopyButton value={created.key} label={t('page.users.created.copy')} />
            </div>
          </div>
        )}
        <DialogFooter>
          <Button onClick={onDismiss}>{t('page.users.created.done')}</Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
