import type { ModelPrice, PriceInput } from '@cch/contract';
import { asNumber, perMillion, perTokenFromMillion, plainDecimal } from './price-units';

/** Editable price fields in display order; all but `perRequest` are USD per million tokens. */
export const PRICE_FIELDS = [
  { name: 'input', key: 'input_cost_per_token', required: true },
  { name: 'output', key: 'output_cost_per_token', required: true },
  { name: 'cacheWrite5m', key: 'cache_creation_input_token_cost', required: false },
  { name: 'cacheWrite1h', key: 'cache_creation_input_token_cost_above_1hr', required: false },
  { name: 'cacheRead', key: 'cache_read_input_token_cost', required: false },
  { name: 'input200k', key: 'input_cost_per_token_above_200k_tokens', required: false },
  { name: 'output200k', key: 'output_cost_per_token_above_200k_tokens', required: false },
  { name: 'cacheWrite5m200k', key: 'cache_creation_input_token_cost_above_200k_tokens', required: false },
  { name: 'cacheWrite1h200k', key: 'cache_creation_input_token_cost_above_1hr_above_200k_tokens', required: false },
  { name: 'cacheRead200k', key: 'cache_read_input_token_cost_above_200k_tokens', required: false },
  { name: 'perRequest', key: 'input_cost_per_request', required: false },
] as const satisfies readonly { name: string; key: keyof PriceInput; required: boolean }[];

export type PriceFieldName = (typeof PRICE_FIELDS)[number]['name'];
export type PriceFormValues = { model: string } & Record<PriceFieldName, string>;
export type PriceFormErrors = Partial<Record<'model' | PriceFieldName, 'required' | 'invalid'>>;

const AMOUNT = /^\d*\.?\d+$/;

export function emptyPriceForm(): PriceFormValues {
  const values = { model: '' } as PriceFormValues;
  for (const field of PRICE_FIELDS) values[field.name] = '';
  return values;
}

/** The form prefilled from a stored price (per-token amounts shown per million tokens). */
export function priceFormFrom(price: ModelPrice): PriceFormValues {
  const values = emptyPriceForm();
  values.model = price.model;
  for (const field of PRICE_FIELDS) {
    const raw = price.prices[field.key];
    const amount = field.name === 'perRequest' ? asNumber(raw) : perMillion(raw);
    values[field.name] = amount === null ? '' : plainDecimal(amount);
  }
  return values;
}

export function validatePriceForm(values: PriceFormValues): PriceFormErrors {
  const errors: PriceFormErrors = {};
  if (values.model.trim() === '') errors.model = 'required';
  for (const field of PRICE_FIELDS) {
    const text = values[field.name].trim();
    if (text === '') {
      if (field.required) errors[field.name] = 'required';
    } else if (!AMOUNT.test(text)) {
      errors[field.name] = 'invalid';
    }
  }
  return errors;
}

/**
 * The PUT body (USD per token); blank optional fields are left out so the gateway's fallbacks apply.
 * The provider and mode of the price being edited are kept. Call only when validation passed.
 */
export function toPriceBody(values: PriceFormValues, base?: ModelPrice): PriceInput {
  const amount = (name: PriceFieldName): number | undefined => {
    const text = values[name].trim();
    if (text === '') return undefined;
    return (name === 'perRequest' ? Number(text) : perTokenFromMillion(text)) ?? undefined;
  };
  const body: PriceInput = { input_cost_per_token: amount('input') ?? 0, output_cost_per_token: amount('output') ?? 0 };
  for (const field of PRICE_FIELDS) {
    if (field.required) continue;
    const value = amount(field.name);
    if (value !== undefined) body[field.key] = value;
  }
  const provider = base?.prices.litellm_provider;
  const mode = base?.prices.mode;
  if (typeof provider === 'string') body.litellm_provider = provider;
  if (typeof mode === 'string') body.mode = mode;
  return body;
}
