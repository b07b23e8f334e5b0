import type { CreateKeyInput } from '@cch/contract';
import { localInputToIso } from './date-input';
import { emptyLimitsForm, type LimitsFormValues, limitsToPatch } from './limits-form';

export interface KeyFormValues {
  name: string;
  enabled: boolean;
  expiresAt: string;
  group: string;
  consoleAccess: boolean;
  limits: LimitsFormValues;
}

export const emptyKeyForm: KeyFormValues = {
  name: '',
  enabled: true,
  expiresAt: '',
  group: '',
  consoleAccess: false,
  limits: emptyLimitsForm,
};

export function keyFormToInput(values: KeyFormValues): CreateKeyInput {
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
