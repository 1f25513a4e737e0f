import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

/** Applied uploads, newest first, one page at a time. */
export async function getBatches(page: number, size: number) {
  return unwrap(await api.GET('/api/v1/bulk/batches', { params: { query: { page, size } } }));
}

export const batchesQueryOptions = (page: number, size: number) =>
  queryOptions({
    queryKey: ['bulk-batches', page, size],
    queryFn: () => getBatches(page, size),
    placeholderData: keepPreviousData,
  });

export function useBatches(page: number, size: number) {
  return useQuery(batchesQueryOptions(page, size));
}
