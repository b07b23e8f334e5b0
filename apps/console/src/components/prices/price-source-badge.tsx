import type { PriceSource } from '../../api/prices';
import type { MessageKey } from '../../i18n/en';
import { useT } from '../../i18n/use-t';
import { Badge, type BadgeTone } from '../ui/badge';

const TONES: Record<PriceSource, BadgeTone> = { builtin: 'neutral', synced: 'accent', manual: 'warning' };

export function sourceLabelKey(source: PriceSource): MessageKey {
  return `page.prices.source.${source}`;
}

export function PriceSourceBadge({ source }: { source: PriceSource }) {
  const t = useT();
  return (
    <Badge tone={TONES[source]} className="whitespace-nowrap">
      {t(sourceLabelKey(source))}
    </Badge>
  );
}
