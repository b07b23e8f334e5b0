/** What a deadline queue's `race` rejects with when the operation is late. */
export type LateError = () => Error;

interface Pending {
  deadline: number;
  settled: boolean;
  reject: (error: Error) => void;
}

/**
 * Races operations against one fixed timeout with a single timer for all of them. Every
 * operation gets the same `ms`, so deadlines arrive in the order operations start: a FIFO holds
 * them and one timer is armed for the oldest unsettled one. A store call per proxied request
 * then costs a queue entry rather than a timer of its own (a Timeout object, a list insertion
 * and a clearTimeout).
 */
export function createDeadlineQueue(ms: number, lateError: LateError) {
  // entries before `head` are released (undefined), so a settled operation is not kept alive
  const queue: (Pending | undefined)[] = [];
  let head = 0;
  let timer: NodeJS.Timeout | null = null;

  function dropSettledHead(): void {
    while (head < queue.length && queue[head]!.settled) queue[head++] = undefined;
    if (head === queue.length) {
      queue.length = 0;
      head = 0;
    } else if (head > 1024 && head * 2 > queue.length) {
      queue.splice(0, head);
      head = 0;
    }
  }

  function arm(): void {
    dropSettledHead();
    if (queue.length > 0) timer = setTimeout(expire, Math.max(0, queue[head]!.deadline - Date.now()));
  }

  // yields once to I/O first, so a reply that arrived during a busy loop still wins
  function giveUp(pending: Pending): void {
    if (pending.settled) return;
    pending.settled = true;
    pending.reject(lateError());
  }

  function expire(): void {
    timer = null;
    const now = Date.now();
    while (head < queue.length && (queue[head]!.settled || queue[head]!.deadline <= now)) {
      const pending = queue[head]!;
      queue[head++] = undefined;
      if (!pending.settled) setImmediate(giveUp, pending);
    }
    arm();
  }

  return {
    /** Entries still held: waiting operations, and answered ones behind an older waiting one. */
    waiting: () => queue.length - head,
    race<T>(operation: Promise<T>): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        const pending: Pending = { deadline: Date.now() + ms, settled: false, reject };
        queue.push(pending);
        if (timer === null) arm();
        operation.then(
          (value) => {
            if (pending.settled) return;
            pending.settled = true;
            if (queue[head] === pending) dropSettledHead();
            resolve(value);
          },
          (error: unknown) => {
            if (pending.settled) return;
            pending.settled = true;
            if (queue[head] === pending) dropSettledHead();
            reject(error);
          },
        );
      });
    },
  };
}
