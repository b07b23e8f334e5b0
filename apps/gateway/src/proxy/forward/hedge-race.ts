/** Why a hedged stream's losing attempt was aborted. */
export class HedgeCancelled extends Error {
  readonly code = 'HEDGE_CANCELLED';
  constructor() {
    super('cancelled: the other attempt of a hedged stream answered first');
  }
}

/**
 * One attempt of a hedged stream. Its signal ends when the client leaves or the other attempt
 * wins; `claim()` is called before an attempt answers the client and says whether it may.
 */
export interface HedgeLeg {
  role: 'primary' | 'hedge';
  providerId: string;
  signal: AbortSignal;
  cancelled(): boolean;
  claim(): boolean;
}

export interface HedgeRace {
  leg(role: HedgeLeg['role'], providerId: string): HedgeLeg;
  /** The attempt that answered the client, once one has. */
  winner(): HedgeLeg | null;
}

/** The first attempt to claim the client wins; every other attempt is aborted at that moment. */
export function createHedgeRace(clientSignal: AbortSignal): HedgeRace {
  let winner: HedgeLeg | null = null;
  const cancels = new Map<HedgeLeg, () => void>();
  return {
    winner: () => winner,
    leg(role, providerId) {
      const controller = new AbortController();
      const leg: HedgeLeg = {
        role,
        providerId,
        signal: AbortSignal.any([clientSignal, controller.signal]),
        cancelled: () => controller.signal.aborted,
        claim() {
          if (winner !== null || controller.signal.aborted) return winner === leg;
          winner = leg;
          for (const [other, cancel] of cancels) if (other !== leg) cancel();
          return true;
        },
      };
      cancels.set(leg, () => controller.abort(new HedgeCancelled()));
      return leg;
    },
  };
}

/** Resolves true after `ms`, or false as soon as `settled` does (the timer is cleared). */
export function elapsesBefore(ms: number, settled: Promise<unknown>): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const elapsed = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(true), ms);
  });
  const done = settled.then(
    () => false,
    () => false,
  );
  return Promise.race([elapsed, done]).finally(() => clearTimeout(timer));
}
