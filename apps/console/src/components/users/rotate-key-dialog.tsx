import { useState } from 'react';
import { type ApiKey, type CreatedKey, useRotateKeyMutation } from '../../api/keys';
import { useT } from '../../i18n/use-t';
import { ConfirmDialog } from '../ui/confirm-dialog';
import { Field } from '../ui/field';
import { Select } from '../ui/select';
import { useToast } from '../ui/toast';
import { DEFAULT_GRACE_SECONDS, GRACE_PERIODS } from './grace-period';

interface RotateKeyDialogProps {
  /** The key to replace; null when the dialog is closed. */
  apiKey: ApiKey | null;
  onClose: () => void;
  /** The replacement, with its plaintext: show it once (CreatedKeyDialog). */
  onRotated: (replacement: CreatedKey) => void;
}

/** Confirms a key rotation and picks how long the old key keeps working. */
export function RotateKeyDialog({ apiKey, onClose, onRotated }: RotateKeyDialogProps) {
  const t = useT();
  const { toast } = useToast();
  const rotate = useRotateKeyMutation();
  const [graceSeconds, setGraceSeconds] = useState(DEFAULT_GRACE_SECONDS);

  const close = () => {
    setGraceSeconds(DEFAULT_GRACE_SECONDS);
    onClose();
  };
  const confirm = () => {
    if (!apiKey) return;
    rotate.mutate(
      { key: apiKey, graceSeconds },
      {
        onSuccess: ({ replacement }) => {
          toast({ title: t('page.users.toast.keyRotated', { name: apiKey.name }), tone: 'success' });
          close();
          onRotated(replacement);
        },
        onError: (error) => toast({ title: t('page.users.toast.failed'), description: error.message, tone: 'error' }),
      },
    );
  };

  return (
    <ConfirmDialog
      open={apiKey !== null}
      onOpenChange={(open) => !open && close()}
      title={t('page.users.rotate.title', { name: apiKey?.name ?? '' })}
      description={t('page.users.rotate.description')}
      confirmLabel={t('page.users.rotate.confirm')}
      pending={rotate.isPending}
      onConfirm={confirm}
    >
      <Field label={t('page.users.rotate.grace')} htmlFor="rotate-grace" hint={t('page.users.rotate.graceHint')}>
        <Select
          id="rotate-grace"
          aria-describedby="rotate-grace-hint"
          value={String(graceSeconds)}
          onValueChange={(value) => setGraceSeconds(Number(value))}
          options={GRACE_PERIODS.map((period) => ({ value: String(period.seconds), label: t(period.label) }))}
          disabled={rotate.isPending}
        />
      </Field>
    </ConfirmDialog>
  );
}
