import { useQuery } from '@tanstack/react-query';
import { RotateCcw } from 'lucide-react';
import { type ReactNode, useState } from 'react';
import { type QuotaSubject, quotaQueryOptions, useResetUsageMutation } from '../../api/quota';
import { useT } from '../../i18n/use-t';
import { Button } from '../ui/button';
import { Card } from '../ui/card';
import { ConfirmDialog } from '../ui/confirm-dialog';
import { QueryState } from '../ui/query-state';
import { useToast } from '../ui/toast';
import { UsageBars } from './usage-bars';

interface QuotaCardProps {
  subject: QuotaSubject;
  title: ReactNode;
  /** Who is reset, for the confirmation ("alice", "laptop key"). */
  subjectName: string;
  className?: string;
}

/** Usage against every limit of a user or key, with a confirmed "reset usage". */
export function QuotaCard({ subject, title, subjectName, className }: QuotaCardProps) {
  const t = useT();
  const { toast } = useToast();
  const query = useQuery(quotaQueryOptions(subject));
  const reset = useResetUsageMutation();
  const [confirming, setConfirming] = useState(false);

  return (
    <Card
      title={title}
      description={t('page.users.quota.description')}
      className={className}
      actions={
        <Button variant="secondary" size="sm" onClick={() => setConfirming(true)}>
          <RotateCcw aria-hidden />
          {t('page.users.quota.reset')}
        </Button>
      }
    >
      <QueryState query={query}>{(usage) => <UsageBars entries={usage.entries} />}</QueryState>
      <ConfirmDialog
        open={confirming}
        onOpenChange={setConfirming}
        title={t('page.users.quota.resetTitle', { name: subjectName })}
        description={t('page.users.quota.resetDescription')}
        confirmLabel={t('page.users.quota.reset')}
        destructive
        pending={reset.isPending}
        onConfirm={() =>
          reset.mutate(subject, {
            onSuccess: () => {
              setConfirming(false);
              toast({ title: t('page.users.toast.usageReset', { name: subjectName }), tone: 'success' });
            },
            onError: (error) =>
              toast({ title: t('page.users.toast.failed'), description: error.message, tone: 'error' }),
          })
        }
      />
    </Card>
  );
}
