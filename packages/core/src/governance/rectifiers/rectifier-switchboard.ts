import { RECTIFIER_DEFAULTS, type Rectifier } from '@cch/contract';
import type { RectifierSwitch } from '../../db/queries/rectifier-switches.js';

/** Which rectifier is on for which provider, read from the stored switches (cached with the config). */
export interface RectifierSwitchboard {
  isOn(rectifier: Rectifier, providerId: string): boolean;
}

/** A provider's own switch wins, then the switch for every provider, then the shipped default. */
export function createRectifierSwitchboard(switches: readonly RectifierSwitch[]): RectifierSwitchboard {
  const byKey = new Map(switches.map((s) => [`${s.rectifier}\0${s.providerId}`, s.enabled]));
  return {
    isOn(rectifier, providerId) {
      return byKey.get(`${rectifier}\0${providerId}`) ?? byKey.get(`${rectifier}\0`) ?? RECTIFIER_DEFAULTS[rectifier];
    },
  };
}
