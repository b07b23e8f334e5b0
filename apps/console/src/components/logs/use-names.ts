import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { providersQueryOptions } from '../../api/providers';
import { usersQueryOptions } from '../../api/users';

/**
 * Names for the user and provider ids a log row carries. The lists load in the background; until
 * they arrive (or for a deleted user/provider) the lookup returns null and callers show the id.
 */
export function useNames() {
  const users = useQuery(usersQueryOptions());
  const providers = useQuery(providersQueryOptions());
  return useMemo(() => {
    const userNames = new Map((users.data ?? []).map((u) => [u.id, u.name]));
    const providerNames = new Map((providers.data ?? []).map((p) => [p.id, p.name]));
    return {
      users: users.data ?? [],
      providers: providers.data ?? [],
      userName: (id: string | null) => (id === null ? null : (userNames.get(id) ?? null)),
      providerName: (id: string | null) => (id === null ? null : (providerNames.get(id) ?? null)),
    };
  }, [users.data, providers.data]);
}
