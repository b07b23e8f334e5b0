import type { CreateUserInput, User } from '@cch/contract';
import { isoToLocalInput, localInputToIso, splitList } from './date-input';
import { emptyLimitsForm, type LimitsFormValues, limitsToForm, limitsToPatch } from './limits-form';

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

/** The request body for create and update (update sends every field, so cleared ones are cleared). */
export function userFormToInput(values: UserFormValues): CreateUserInput {
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
