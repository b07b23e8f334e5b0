import { DEFAULT_ROTATION_GRACE_SECONDS } from '@cch/contract';
import type { MessageKey } from '../../i18n/en';

/** The grace periods offered when rotating a key: how long the old key keeps working. */
export const GRACE_PERIODS = [
  { seconds: 0, label: 'page.users.rotate.grace.none' },
  { seconds: 3_600, label: 'page.users.rotate.grace.hour' },
  { seconds: 86_400, label: 'page.users.rotate.grace.day' },
  { seconds: 604_800, label: 'page.users.rotate.grace.week' },
] as const satisfies readonly { seconds: number; label: MessageKey }[];

/** The gateway's default: the old key works for another day. */
export const DEFAULT_GRACE_SECONDS = DEFAULT_ROTATION_GRACE_SECONDS;
