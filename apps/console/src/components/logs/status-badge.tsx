import { Badge, type BadgeTone } from '../ui/badge';

function toneOf(status: number): BadgeTone {
  if (status >= 500) return 'danger';
  if (status >= 400) return 'warning';
  if (status >= 200 && status < 300) return 'success';
  return 'neutral';
}

/** An HTTP status with its error class, coloured by class (2xx green, 4xx amber, 5xx red). */
export function StatusBadge({ status, errorClass }: { status: number; errorClass?: string | null }) {
  return (
    <Badge tone={toneOf(status)} className="font-mono">
      {status}
      {errorClass ? <span className="font-sans font-normal">· {errorClass}</span> : null}
    </Badge>
  );
}
