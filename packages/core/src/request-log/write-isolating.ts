export interface IsolatingWriteOptions<Row> {
  write: (rows: Row[]) => Promise<void>;
  /** True when the database refused the rows themselves (bad data), false when it is away. */
  isRejection: (error: unknown) => boolean;
  /** A run of rows is stored (called in order, left to right). */
  onWritten: (count: number) => void;
  /** One row the database refuses even on its own; the caller sets it aside. */
  onRejected: (index: number, error: unknown) => void;
}

/**
 * Writes `rows`; when the database refuses the batch for its data, splits it in halves until
 * the refused rows stand alone, so one bad row costs about 2·log2(n) extra statements and never
 * blocks the others. Any other error (an outage) is thrown at once: rows written before it were
 * reported through `onWritten`, the rest are the caller's to retry.
 */
export async function writeIsolating<Row>(rows: readonly Row[], options: IsolatingWriteOptions<Row>): Promise<void> {
  await writeRange(rows, 0, rows.length, options);
}

async function writeRange<Row>(
  rows: readonly Row[],
  start: number,
  end: number,
  options: IsolatingWriteOptions<Row>,
): Promise<void> {
  try {
    await options.write(rows.slice(start, end));
  } catch (error) {
    if (!options.isRejection(error)) throw error;
    if (end - start === 1) {
      options.onRejected(start, error);
      return;
    }
    const middle = start + Math.ceil((end - start) / 2);
    await writeRange(rows, start, middle, options);
    await writeRange(rows, middle, end, options);
    return;
  }
  options.onWritten(end - start);
}
