import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

export async function getPriorities() {
  return unwrap(await api.GET('/api/v1/priorities'));
}

export const prioritiesQueryOptions = () =>
  queryOptions({ queryKey: ['priorities'], queryFn: getPriorities });

export function usePriorities() {
  return useQuery(prioritiesQueryOptions());
}
