import { z } from 'zod';

/**
 * A token count as upstreams send it: a non-negative number, or absent/null/garbage, which
 * reads as undefined instead of failing the whole usage object. Fractions are truncated.
 */
export const tokenCountSchema = z
  .number()
  .finite()
  .nonnegative()
  .transform((n) => Math.trunc(n))
  .optional()
  .catch(undefined);

/** The model name an upstream reports; anything but a non-empty string reads as undefined. */
export const modelNameSchema = z.string().min(1).optional().catch(undefined);

/** `a - b`, never below zero (a provider that reports more cached than prompt tokens is wrong, not negative). */
export function subtractTokens(a: number, b: number): number {
  return a > b ? a - b : 0;
}
