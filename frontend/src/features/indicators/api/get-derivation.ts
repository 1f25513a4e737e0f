import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { indicatorKey } from './get-indicator';

/** A derived indicator's formula and, per month, its figure with the records behind it. */
export async function getDerivation(id: number) {
  return unwrap(await api.GET('/api/v1/indicators/{id}/derivation', { params: { path: { id } } }));
}

export const derivationQuery = (id: number) =>
  queryOptions({
    queryKey: [...indicatorKey(id), 'derivation'],
    queryFn: () => getDerivation(id),
  });

export function useDerivation(id: number, { enabled }: { enabled: boolean }) {
  return useQuery({ ...derivationQuery(id), enabled });
}
