import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { indicatorKey } from './get-indicator';

/** Comparator series of the indicator (England, statistical neighbours…). */
export async function getBenchmarks(id: number) {
  return unwrap(await api.GET('/api/v1/indicators/{id}/benchmarks', { params: { path: { id } } }));
}

export const benchmarksQuery = (id: number) =>
  queryOptions({
    queryKey: [...indicatorKey(id), 'benchmarks'],
    queryFn: () => getBenchmarks(id),
  });

export function useBenchmarks(id: number) {
  return useQuery(benchmarksQuery(id));
}
