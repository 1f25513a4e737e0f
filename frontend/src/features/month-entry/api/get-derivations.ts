import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

/** The most indicators a plan is read in one page: the plan has 67. */
const SIZE = 500;

/** Each indicator of the plan's derivation, by id: null for an indicator whose figures are typed. */
export async function getDerivations(plan: number): Promise<Map<number, string | null>> {
  const page = unwrap(
    await api.GET('/api/v1/indicators', { params: { query: { plan, size: SIZE } } }),
  );
  return new Map(page.items.map((i) => [i.id, i.derivation]));
}

export const derivationsQuery = (plan: number) =>
  queryOptions({
    queryKey: ['indicators', 'derivations', plan],
    queryFn: () => getDerivations(plan),
  });

export function useDerivations(plan: number) {
  return useQuery(derivationsQuery(plan));
}
