import { localInputToIso } from './date-input';
import { type LimitsErrors, type LimitsFormValues, validateLimits } from './limits-form';
import { visibleErrors } from './use-form-state';

/** What the user and key forms share: a required name, an optional expiry and limits. */
export interface EntityFormValues {
  name: string;
  expiresAt: string;
  limits: LimitsFormValues;
}

export interface EntityFormErrors {
  name?: 'required';
  expiresAt?: 'date';
  limits: LimitsErrors;
}

export function validateEntityForm(values: EntityFormValues): EntityFormErrors {
  const errors: EntityFormErrors = { limits: validateLimits(values.limits) };
  if (values.name.trim() === '') errors.name = 'required';
  if (localInputToIso(values.expiresAt) === undefined) errors.expiresAt = 'date';
  return errors;
}

/** True when a form's own fields or its limits have an error. */
export function hasErrors(errors: EntityFormErrors): boolean {
  return errors.name !== undefined || errors.expiresAt !== undefined || Object.keys(errors.limits).length > 0;
}

/** The errors to show now: a field's once it was left, every one after a submit attempt. */
export function visibleEntityErrors(errors: EntityFormErrors, visible: (field: string) => boolean): EntityFormErrors {
  return {
    ...visibleErrors({ name: errors.name, expiresAt: errors.expiresAt }, visible),
    limits: visibleErrors(errors.limits, visible, 'limits.'),
  };
}
