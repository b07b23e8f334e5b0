import { type CreateUserInput, okSchema, type UpdateUserInput, userListSchema, userSchema } from '@cch/contract';
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from './client';

// The schemas and types are the gateway's own (@cch/contract); re-exported for the console's pages.
export type { CreateUserInput, Limits, LimitsPatchInput, UpdateUserInput, User } from '@cch/contract';

export const userKeys = {
  all: ['users'] as const,
  list: () => [...userKeys.all, 'list'] as const,
  detail: (id: string) => [...userKeys.all, 'detail', id] as const,
};

export function usersQueryOptions() {
  return queryOptions({
    queryKey: userKeys.list(),
    queryFn: ({ signal }) => apiRequest('/admin/users', { schema: userListSchema, signal }).then((r) => r.items),
  });
}

export function userQueryOptions(id: string) {
  return queryOptions({
    queryKey: userKeys.detail(id),
    queryFn: ({ signal }) => apiRequest(`/admin/users/${encodeURIComponent(id)}`, { schema: userSchema, signal }),
  });
}

export function useCreateUserMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateUserInput) =>
      apiRequest('/admin/users', { method: 'POST', body: input, schema: userSchema }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: userKeys.all }),
  });
}

export function useUpdateUserMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, patch }: { id: string; patch: UpdateUserInput }) =>
      apiRequest(`/admin/users/${encodeURIComponent(id)}`, { method: 'PATCH', body: patch, schema: userSchema }),
    onSuccess: async (user) => {
      queryClient.setQueryData(userKeys.detail(user.id), user);
      // Limits changed: the quota view lists one entry per configured limit.
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: userKeys.all }),
        queryClient.invalidateQueries({ queryKey: ['quota', 'user', user.id] }),
      ]);
    },
  });
}

export function useDeleteUserMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      apiRequest(`/admin/users/${encodeURIComponent(id)}`, { method: 'DELETE', schema: okSchema }),
    onSuccess: (_ok, id) => {
      queryClient.removeQueries({ queryKey: userKeys.detail(id) });
      return queryClient.invalidateQueries({ queryKey: userKeys.list() });
    },
  });
}
