import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from './client';
import { quotaKeys } from './quota';
import { type LimitsPatch, limitsSchema } from './users';

/** A key as listed: never the key itself, only its visible prefix. */
export const apiKeySchema = z.object({
  id: z.string(),
  userId: z.string(),
  name: z.string(),
  keyPrefix: z.string(),
  enabled: z.boolean(),
  expiresAt: z.string().nullable(),
  limits: limitsSchema,
  group: z.string().nullable(),
  consoleAccess: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** When the key last made a request; null if never. Optional: older gateways don't send it. */
  lastUsedAt: z.string().nullable().optional(),
});
export type ApiKey = z.infer<typeof apiKeySchema>;

export const createdKeySchema = apiKeySchema.extend({ key: z.string() });
export type CreatedKey = z.infer<typeof createdKeySchema>;

/** `POST /admin/keys/{id}/rotate`: the new key (plaintext shown only here) and the old one, now on its grace period. */
export const rotatedKeySchema = z.object({ replacement: createdKeySchema, previous: apiKeySchema });
export type RotatedKey = z.infer<typeof rotatedKeySchema>;

export const keyListSchema = z.object({ items: z.array(apiKeySchema) });
const okSchema = z.object({ ok: z.literal(true) });

export interface KeyInput {
  name: string;
  enabled: boolean;
  expiresAt: string | null;
  group: string | null;
  consoleAccess: boolean;
  limits: LimitsPatch;
}

export const keyKeys = {
  all: ['keys'] as const,
  ofUser: (userId: string) => [...keyKeys.all, 'user', userId] as const,
};

export function userKeysQueryOptions(userId: string) {
  return queryOptions({
    queryKey: keyKeys.ofUser(userId),
    queryFn: ({ signal }) =>
      apiRequest(`/admin/users/${encodeURIComponent(userId)}/keys`, { schema: keyListSchema, signal }).then((r) => r.items),
  });
}

export function useCreateKeyMutation(userId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: KeyInput) =>
      apiRequest(`/admin/users/${encodeURIComponent(userId)}/keys`, { method: 'POST', body: input, schema: createdKeySchema }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keyKeys.ofUser(userId) }),
  });
}

export function useUpdateKeyMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, patch }: { id: string; patch: Partial<KeyInput> }) =>
      apiRequest(`/admin/keys/${encodeURIComponent(id)}`, { method: 'PATCH', body: patch, schema: apiKeySchema }),
    onSuccess: (key) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: keyKeys.ofUser(key.userId) }),
        queryClient.invalidateQueries({ queryKey: quotaKeys.subject({ kind: 'key', id: key.id }) }),
      ]),
  });
}

export function useDeleteKeyMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (key: ApiKey) => apiRequest(`/admin/keys/${encodeURIComponent(key.id)}`, { method: 'DELETE', schema: okSchema }),
    onSuccess: (_ok, key) => {
      queryClient.removeQueries({ queryKey: quotaKeys.subject({ kind: 'key', id: key.id }) });
      return queryClient.invalidateQueries({ queryKey: keyKeys.ofUser(key.userId) });
    },
  });
}

export interface RotateKeyInput {
  key: ApiKey;
  /** How long the old key keeps working, 0..2592000 (30 days). */
  graceSeconds: number;
}

/** Issues a replacement for a key; the old one keeps working for `graceSeconds`. */
export function useRotateKeyMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ key, graceSeconds }: RotateKeyInput) =>
      apiRequest(`/admin/keys/${encodeURIComponent(key.id)}/rotate`, {
        method: 'POST',
        body: { graceSeconds },
        schema: rotatedKeySchema,
      }),
    onSuccess: (_rotated, { key }) => queryClient.invalidateQueries({ queryKey: keyKeys.ofUser(key.userId) }),
  });
}
