import { useQuery } from '@tanstack/react-query';
import { providersQueryOptions } from '../../api/providers';
import { usersQueryOptions } from '../../api/users';

/** Provider and user names by id; falls back to the id while loading or when a lookup failed. */
export function useNames() {
  const providers = useQuery(providersQueryOptions());
  const users = useQuery(usersQueryOptions());
  const providerNames = new Map(providers.data?.map((p) => [p.id, p.name]));
  const userNames = new Map(users.data?.map((u) => [u.id, u.name]));
  return {
    provider: (id: string | null) => (id === null ? null : (providerNames.get(id) ?? shortId(id))),
    user: (id: string | null) => (id === null ? null : (userNames.get(id) ?? shortId(id))),
  };
}

/** The first 8 characters of a long id: enough to tell sessions apart at a glance. */
export function shortId(id: string): string {
  return id.length > 12 ? `${id.slice(0, 8)}…` : id;
}
