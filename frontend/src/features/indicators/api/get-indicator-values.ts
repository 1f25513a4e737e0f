import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { indicatorKey } from './get-indicator';

/** The indicator's monthly figures, oldest first. */
export async function getIndicatorValues(id: number) {
  return unwrap(await api.GET('/api/v1/indicators/{id}/values', { params: { path: { id } } }));
}

export const indicatorValuesQuery = (id: number) =>
  queryOptions({
    queryKey: [...indicatorKey(id), 'values'],
    queryFn: () => getIndicatorValues(id),
  });

export function useIndicatorValues(id: number) {
  return useQuery(indicatorValuesQuery(id));
}
