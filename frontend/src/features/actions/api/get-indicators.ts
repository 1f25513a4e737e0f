import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

/** All the plan's indicators (at most 500 in one page), for choosing those an action moves. */
export async function getIndicators(plan: number) {
  return unwrap(await api.GET('/api/v1/indicators', { params: { query: { plan, size: 500 } } }));
}

export const indicatorsQueryOptions = (plan: number) =>
  queryOptions({
    queryKey: ['indicators', 'list', { plan, size: 500 }],
    queryFn: () => getIndicators(plan),
  });

export function useIndicators(plan: number) {
  return useQuery(indicatorsQueryOptions(plan));
}
