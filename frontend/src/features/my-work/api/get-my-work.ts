import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

export async function getMyWork() {
  return unwrap(await api.GET('/api/v1/me/work'));
}

export const myWorkQuery = () => queryOptions({ queryKey: ['me', 'work'], queryFn: getMyWork });

export function useMyWork() {
  return useQuery(myWorkQuery());
}
