import { isApiError } from '../../api/api-error';
import { useT } from '../../i18n/use-t';
import { useToast } from '../ui/toast';

/** Toasts for saves and deletes: the API's problem detail names what was wrong. */
export function useRuleFeedback() {
  const t = useT();
  const { toast } = useToast();
  return {
    saved: () => toast({ title: t('page.requestRules.saved'), tone: 'success' }),
    deleted: () => toast({ title: t('page.requestRules.deleted'), tone: 'success' }),
    failed: (error: unknown) =>
      toast({
        title: t('page.requestRules.saveFailed'),
        description: isApiError(error) ? error.detail : error instanceof Error ? error.message : undefined,
        tone: 'error',
      }),
  };
}
