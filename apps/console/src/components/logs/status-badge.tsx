import { useT } from '../../i18n/use-t';
import { Badge, type BadgeTone } from '../ui/badge';
import { ERROR_CLASS, lookup } from './decision-timeline';

function toneOf(status: number): BadgeTone {
  if (status >= 500) return 'danger';
  if (status >= 400) return 'warning';
  if (status >= 200 && status < 300) return 'success';
  return 'neutral';
}

/** An HTTP status with its error class, coloured by class (2xx green, 4xx amber, 5xx red). */
export function StatusBadge({ status, errorClass }: { status: number; errorClass?: string | null }) {
  const t = useT();
  return (
    <Badge tone={toneOf(status)} className="font-mono">
      {status}
      {errorClass ? (
        <span className="font-sans font-normal" title={errorClass}>
          · {lookup(ERROR_CLASS, errorClass, t)}
        </span>
      ) : null}
    </Badge>
  );
}
