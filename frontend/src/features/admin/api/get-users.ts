import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

export async function getUsers() {
  return unwrap(await api.GET('/api/v1/users'));
}

export const usersQueryOptions = () => queryOptions({ queryKey: ['users'], queryFn: getUsers });

export function useUsers() {
  return useQuery(usersQueryOptions());
}
