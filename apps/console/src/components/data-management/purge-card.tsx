import { useQuery } from '@tanstack/react-query';
import { Trash2 } from 'lucide-react';
import { useId, useState } from 'react';
import { localMidnight, purgePreviewQueryOptions, usePurgeLogsMutation } from '../../api/data';
import { useFormat } from '../../i18n/use-format';
import { useT } from '../../i18n/use-t';
import { Button } from '../ui/button';
import { Card } from '../ui/card';
import { ConfirmDialog } from '../ui/confirm-dialog';
import { Field } from '../ui/field';
import { Input } from '../ui/input';
import { useToast } from '../ui/toast';

/** Delete request logs created before a local day: count first, then confirm. */
export function PurgeCard() {
  const t = useT();
  const format = useFormat();
  const { toast } = useToast();
  const id = useId();
  const [day, setDay] = useState('');
  const [confirming, setConfirming] = useState(false);
  const olderThan = day === '' ? '' : localMidnight(day).toISOString();
  const preview = useQuery(purgePreviewQueryOptions(olderThan));
  const purge = usePurgeLogsMutation();
  const rows = preview.data?.rows ?? 0;

  return (
    <Card title={t('page.data.purge.title')} description={t('page.data.purge.description')}>
      <div className="flex flex-col gap-4">
        <Field label={t('page.data.purge.before')} htmlFor={`${id}-before`}>
          <Input id={`${id}-before`} type="date" value={day} onChange={(e) => setDay(e.target.value)} />
        </Field>
        {preview.data && (
          <p role="status" className="text-sm text-zinc-700 dark:text-zinc-300">
            {t('page.data.purge.count', { count: format.number(rows) })}
          </p>
        )}
        <div>
          <Button variant="danger" disabled={!preview.data || rows === 0} onClick={() => setConfirming(true)}>
            <Trash2 aria-hidden />
            {t('page.data.purge.button')}
          </Button>
        </div>
      </div>
      <ConfirmDialog
        open={confirming}
        onOpenChange={setConfirming}
        title={t('page.data.purge.confirmTitle')}
        description={t('page.data.purge.confirmDescription', { count: format.number(rows), day })}
        confirmLabel={t('page.data.purge.confirm')}
        destructive
        pending={purge.isPending}
        onConfirm={() =>
          purge.mutate(olderThan, {
            onSuccess: (result) => {
              setConfirming(false);
              toast({ title: t('page.data.purge.done', { count: format.number(result.removed) }), tone: 'success' });
            },
            onError: () => {
              setConfirming(false);
              toast({ title: t('page.data.purge.failed'), tone: 'error' });
            },
          })
        }
      />
    </Card>
  );
}
