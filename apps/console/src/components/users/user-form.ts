import type { User, UserInput } from '../../api/users';
import { isoToLocalInput, localInputToIso, splitList } from './date-input';
import { emptyLimitsForm, type LimitsErrors, type LimitsFormValues, limitsToForm, limitsToPatch, validateLimits } from './limits-form';

export interface UserFormValues {
  name: string;
  note: string;
  role: User['role'];
  group: string;
  enabled: boolean;
  expiresAt: string;
  tags: string;
  allowedModels: string;
  allowedClients: string;
  limits: LimitsFormValues;
}

export interface UserFormErrors {
  name?: 'required';
  expiresAt?: 'date';
  limits: LimitsErrors;
}

export const emptyUserForm: UserFormValues = {
  name: '',
  note: '',
  role: 'user',
  group: '',
  enabled: true,
  expiresAt: '',
  tags: '',
  allowedModels: '',
  allowedClients: '',
  limits: emptyLimitsForm,
};

export function userToForm(user: User): UserFormValues {
  return {
    name: user.name,
    note: user.note,
    role: user.role,
    group: user.group ?? '',
    enabled: user.enabled,
    expiresAt: isoToLocalInput(user.expiresAt),
    tags: user.tags.join(', '),
    allowedModels: user.allowedModels.join(', '),
    allowedClients: user.allowedClients.join(', '),
    limits: limitsToForm(user.limits),
  };
}

export function validateUserForm(values: UserFormValues): UserFormErrors {
  const errors: UserFormErrors = { limits: validateLimits(values.limits) };
  if (values.name.trim() === '') errors.name = 'required';
  if (localInputToIso(values.expiresAt) === undefined) errors.expiresAt = 'date';
  return errors;
}


/** The request body for create and update (update sends every field, so cleared ones are cleared). */
export function userFormToInput(values: UserFormValues): UserInput {
  const group = values.group.trim();
  return {
    name: values.name.trim(),
    note: values.note.trim(),
    role: values.role,
    group: group === '' ? null : group,
    enabled: values.enabled,
    expiresAt: localInputToIso(values.expiresAt) ?? null,
    tags: splitList(values.tags),
    allowedModels: splitList(values.allowedModels),
    allowedClients: splitList(values.allowedClients),
    limits: limitsToPatch(values.limits),
  };
}
