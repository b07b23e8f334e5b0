import { z } from 'zod';
import { dateInput, flatLimitFields, isoDate, limitsPatch, limitsSchema } from './common.schemas.js';

const userFields = {
  note: z.string().optional(),
  role: z.enum(['admin', 'user']).optional(),
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
export const updateUserBody = z.object({ name: z.string().trim().min(1).optional(), ...userFields });

export const userSchema = z.object({
  id: z.string(),
  name: z.string(),
  note: z.string(),
  role: z.enum(['admin', 'user']),
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

export const userListSchema = z.object({ items: z.array(userSchema) });
