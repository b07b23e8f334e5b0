import type { KeyInput } from '../../api/keys';
import { localInputToIso } from './date-input';
import { emptyLimitsForm, type LimitsErrors, type LimitsFormValues, limitsToPatch, validateLimits } from './limits-form';

export interface KeyFormValues {
  name: string;
  enabled: boolean;
  expiresAt: string;
  group: string;
  consoleAccess: boolean;
  limits: LimitsFormValues;
}

export interface KeyFormErrors {
  name?: 'required';
  expiresAt?: 'date';
  limits: LimitsErrors;
}

export const emptyKeyForm: KeyFormValues = {
  name: '',
  enabled: true,
  expiresAt: '',
  group: '',
  consoleAccess: false,
  limits: emptyLimitsForm,
};

export function validateKeyForm(values: KeyFormValues): KeyFormErrors {
  const errors: KeyFormErrors = { limits: validateLimits(values.limits) };
  if (values.name.trim() === '') errors.name = 'required';
  if (localInputToIso(values.expiresAt) === undefined) errors.expiresAt = 'date';
  return errors;
}

export function keyFormToInput(values: KeyFormValues): KeyInput {
  const group = values.group.trim();
  return {
    name: values.name.trim(),
    enabled: values.enabled,
    expiresAt: localInputToIso(values.expiresAt) ?? null,
    group: group === '' ? null : group,
    consoleAccess: values.consoleAccess,
    limits: limitsToPatch(values.limits),
  };
}
