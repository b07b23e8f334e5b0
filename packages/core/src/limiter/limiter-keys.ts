import type { LimitSubject } from './limit-kinds.js';

const subjectPart = (subject: LimitSubject) => `${subject.kind}:${subject.id}`;

/** Logical state-store keys of the limiter (the store adds its own prefix). */
export const limiterKeys = {
  /** Sliding 60 s window of request ids. */
  rpm: (subject: LimitSubject) => `rpm:${subjectPart(subject)}`,
  /** Live sessions: member = session id, score = expiry. */
  sessions: (subject: LimitSubject) => `sessions:${subjectPart(subject)}`,
  /** A spend window; `window` names it, e.g. `day:2026-11-22`, `5h-rolling`, `total`. */
  spend: (subject: LimitSubject, window: string) => `usd:${subjectPart(subject)}:${window}`,
  /** When an admin last reset this subject's spend (epoch ms), for "total since …". */
  resetAt: (subject: LimitSubject) => `usd:${subjectPart(subject)}:reset-at`,
  /** Set (no expiry) once the spend counters are whole; missing after the store lost its state. */
  epoch: () => 'usd:epoch',
  /** Held by the replica rebuilding lost spend counters from the ledger. */
  rebuildLock: () => 'usd:rebuild-lock',
};
