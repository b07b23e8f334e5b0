import type { AvailabilityState } from '../../api/availability';
import type { BadgeTone } from '../ui/badge';

export const STATE_TONE: Record<AvailabilityState, BadgeTone> = {
  up: 'success',
  degraded: 'warning',
  down: 'danger',
  none: 'neutral',
};

export const STATE_BAR: Record<AvailabilityState, string> = {
  up: 'bg-emerald-500',
  degraded: 'bg-amber-500',
  down: 'bg-red-500',
  none: 'bg-zinc-200 dark:bg-zinc-800',
};
