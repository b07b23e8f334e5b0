/**
 * The admission times of one in-process rate window, ascending: 8 bytes a request instead of a
 * map entry keyed by its request id (the Redis store keeps a sorted set; ids are unique, so
 * only the times matter here). Times normally arrive in order and leave from the front; a time
 * from a skewed clock is inserted in place.
 */
export class TimeLog {
  private times: number[] = [];
  private head = 0;

  get size(): number {
    return this.times.length - this.head;
  }

  add(at: number): void {
    const times = this.times;
    if (this.size === 0 || at >= times[times.length - 1]!) {
      times.push(at);
      return;
    }
    let low = this.head;
    let high = times.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (times[middle]! <= at) low = middle + 1;
      else high = middle;
    }
    times.splice(low, 0, at);
  }

  /** Forgets every time at or before `cutoff`; returns the oldest time left, or null. */
  dropUntil(cutoff: number): number | null {
    const times = this.times;
    while (this.head < times.length && times[this.head]! <= cutoff) this.head++;
    if (this.head === times.length) {
      this.times = [];
      this.head = 0;
      return null;
    }
    // compact once the dropped prefix outweighs the live part: amortised O(1) per entry
    if (this.head > 64 && this.head * 2 > times.length) {
      this.times = times.slice(this.head);
      this.head = 0;
    }
    return this.times[this.head]!;
  }
}
