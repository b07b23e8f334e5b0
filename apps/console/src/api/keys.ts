import {
  type CreateKeyInput,
  createdKeySchema,
  keyListSchema,
  keySchema,
  type ListedKey,
  okSchema,
  type RotateKeyInput,
  rotatedKeySchema,
  type UpdateKeyInput,
} from '@cch/contract';
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from './client';
import { quotaKeys } from './quota';

// The schemas and types are the gateway's own (@cch/contract); re-exported for the console's pages.
export type { CreateKeyInput, CreatedKey, Key, ListedKey, RotatedKey, UpdateKeyInput } from '@cch/contract';
/** A key as the console lists it (with when it was last used). */
export type ApiKey = ListedKey;

export const keyKeys = {
  all: ['keys'] as const,
  ofUser: (userId: string) => [...keyKeys.all, 'user', userId] as const,
};

export function userKeysQueryOptions(userId: string) {
  return queryOptions({
    queryKey: keyKeys.ofUser(userId),
    queryFn: ({ signal }) =>
      apiRequest(`/admin/users/${encodeURIComponent(userId)}/keys`, { schema: keyListSchema, signal }).then(
        (r) => r.items,
      ),
  });
}

export function useCreateKeyMutation(userId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateKeyInput) =>
      apiRequest(`/admin/users/${encodeURIComponent(userId)}/keys`, {
        method: 'POST',
        body: input,
        schema: createdKeySchema,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keyKeys.ofUser(userId) }),
  });
}

export function useUpdateKeyMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, patch }: { id: string; patch: UpdateKeyInput }) =>
      apiRequest(`/admin/keys/${encodeURIComponent(id)}`, { method: 'PATCH', body: patch, schema: keySchema }),
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
    mutationFn: (key: ApiKey) =>
      apiRequest(`/admin/keys/${encodeURIComponent(key.id)}`, { method: 'DELETE', schema: okSchema }),
    onSuccess: (_ok, key) => {
      queryClient.removeQueries({ queryKey: quotaKeys.subject({ kind: 'key', id: key.id }) });
      return queryClient.invalidateQueries({ queryKey: keyKeys.ofUser(key.userId) });
    },
  });
}

export interface RotateKeyRequest {
  key: ApiKey;
  /** How long the old key keeps working, 0..MAX_ROTATION_GRACE_SECONDS (30 days). */
  graceSeconds: number;
}

/** Issues a replacement for a key; the old one keeps working for `graceSeconds`. */
export function useRotateKeyMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ key, graceSeconds }: RotateKeyRequest) =>
      apiRequest(`/admin/keys/${encodeURIComponent(key.id)}/rotate`, {
        method: 'POST',
        body: { graceSeconds } satisfies RotateKeyInput,
        schema: rotatedKeySchema,
      }),
    onSuccess: (_rotated, { key }) => queryClient.invalidateQueries({ queryKey: keyKeys.ofUser(key.userId) }),
  });
}
