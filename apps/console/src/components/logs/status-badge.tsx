import { useT } from '../../i18n/use-t';
import { Badge, type BadgeTone } from '../ui/badge';
import { cn } from '../ui/cn';
import { ERROR_CLASS, lookup } from './decision-timeline';

function toneOf(status: number): BadgeTone {
  if (status >= 500) return 'danger';
  if (status >= 400) return 'warning';
  if (status >= 200 && status < 300) return 'success';
  return 'neutral';
}

const LABEL_TONE: Partial<Record<BadgeTone, string>> = {
  danger: 'text-red-700 dark:text-red-300',
  warning: 'text-amber-800 dark:text-amber-300',
};

/**
 * An HTTP status coloured by class (2xx green, 4xx amber, 5xx red), with its error class beneath it:
 * the label wraps between words instead of stretching the badge across a narrow column.
 */
export function StatusBadge({ status, errorClass }: { status: number; errorClass?: string | null }) {
  const t = useT();
  const tone = toneOf(status);
  const badge = (
    <Badge tone={tone} className="font-mono">
      {status}
    </Badge>
  );
  if (!errorClass) return badge;
  return (
    <span className="inline-flex flex-col items-start gap-0.5">
      {badge}
      <span
        className={cn('text-xs break-words', LABEL_TONE[tone] ?? 'text-zinc-600 dark:text-zinc-400')}
        title={errorClass}
      >
        {lookup(ERROR_CLASS, errorClass, t)}
      </span>
    </span>
  );
}
