const NANO_DIGITS = 9;

/** Integer nano-USD as an exact decimal USD string: 370000 → "0.00037", 2e9 → "2". */
export function nanoToUsd(nano: number): string {
  if (!Number.isSafeInteger(nano)) throw new RangeError(`nano-USD amount is not a safe integer: ${nano}`);
  const sign = nano < 0 ? '-' : '';
  const digits = String(Math.abs(nano)).padStart(NANO_DIGITS + 1, '0');
  const whole = digits.slice(0, -NANO_DIGITS);
  const fraction = digits.slice(-NANO_DIGITS).replace(/0+$/, '');
  return `${sign}${whole}${fraction ? `.${fraction}` : ''}`;
}
