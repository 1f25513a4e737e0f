import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { indicatorKey } from './get-indicator';

/** The months whose figure is recorded as not available, with the reasons, oldest first. */
export async function getNotAvailable(id: number) {
  return unwrap(
    await api.GET('/api/v1/indicators/{id}/not-available', { params: { path: { id } } }),
  );
}

export const notAvailableQuery = (id: number) =>
  queryOptions({
    queryKey: [...indicatorKey(id), 'not-available'],
    queryFn: () => getNotAvailable(id),
  });

export function useNotAvailable(id: number) {
  return useQuery(notAvailableQuery(id));
}

export type MarkNotAvailableInput = { period: string; reason: string; version?: number };

/** Records (or re-words, naming the version read) why a month has no figure. */
export async function markNotAvailable(
  id: number,
  { period, reason, version }: MarkNotAvailableInput,
) {
  return unwrap(
    await api.PUT('/api/v1/indicators/{id}/not-available/{period}', {
      params: {
        path: { id, period },
        header: version === undefined ? {} : { 'If-Match': `"${version}"` },
      },
      body: { reason },
    }),
  );
}

/** Withdraws a "not available" record made in error. */
export async function withdrawNotAvailable(id: number, period: string, version: number) {
  const result = await api.DELETE('/api/v1/indicators/{id}/not-available/{period}', {
    params: { path: { id, period }, header: { 'If-Match': `"${version}"` } },
  });
  unwrap(result);
}

function useRefreshIndicator(id: number) {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: indicatorKey(id) });
}

export function useMarkNotAvailable(id: number) {
  const refresh = useRefreshIndicator(id);
  return useMutation({
    mutationFn: (input: MarkNotAvailableInput) => markNotAvailable(id, input),
    onSuccess: refresh,
  });
}

export function useWithdrawNotAvailable(id: number) {
  const refresh = useRefreshIndicator(id);
  return useMutation({
    mutationFn: ({ period, version }: { period: string; version: number }) =>
      withdrawNotAvailable(id, period, version),
    onSuccess: refresh,
  });
}
