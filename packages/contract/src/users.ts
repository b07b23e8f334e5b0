import { z } from 'zod';
import { ROLES } from './auth.js';
import { dateInput, isoDate } from './common.js';
import { flatLimitFields, limitsPatch, limitsSchema } from './limits.js';

const userFields = {
  note: z.string().optional(),
  role: z.enum(ROLES).optional(),
  group: z.string().min(1).nullable().optional(),
  limits: limitsPatch.optional(),
  ...flatLimitFields,
  allowedModels: z.array(z.string()).optional(),
  allowedClients: z.array(z.string()).optional(),
  enabled: z.boolean().optional(),
  expiresAt: dateInput.nullable().optional(),
  tags: z.array(z.string()).optional(),
};

export const createUserBody = z.object({ name: z.string().trim().min(1), ...userFields });
export type CreateUserInput = z.input<typeof createUserBody>;
export const updateUserBody = z.object({ name: z.string().trim().min(1).optional(), ...userFields });
export type UpdateUserInput = z.input<typeof updateUserBody>;

export const userSchema = z.object({
  id: z.string(),
  name: z.string(),
  note: z.string(),
  role: z.enum(ROLES),
  group: z.string().nullable(),
  limits: limitsSchema,
  allowedModels: z.array(z.string()),
  allowedClients: z.array(z.string()),
  enabled: z.boolean(),
  expiresAt: isoDate.nullable(),
  tags: z.array(z.string()),
  createdAt: isoDate,
  updatedAt: isoDate,
});
export type User = z.infer<typeof userSchema>;

export const userListSchema = z.object({ items: z.array(userSchema) });
