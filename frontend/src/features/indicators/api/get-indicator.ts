import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

export async function getIndicator(id: number) {
  return unwrap(await api.GET('/api/v1/indicators/{id}', { params: { path: { id } } }));
}

/** Every query of one indicator starts with this key, so that one invalidation refreshes all. */
export const indicatorKey = (id: number) => ['indicators', id] as const;

export const indicatorQuery = (id: number) =>
  queryOptions({
    queryKey: [...indicatorKey(id), 'details'],
    queryFn: () => getIndicator(id),
  });

export function useIndicator(id: number) {
  return useQuery(indicatorQuery(id));
}
