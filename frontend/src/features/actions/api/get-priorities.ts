import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

/** The plan's priorities, for choosing the one an action belongs to. */
export async function getPriorities(plan: number) {
  return unwrap(await api.GET('/api/v1/priorities', { params: { query: { plan } } }));
}

export const prioritiesQueryOptions = (plan: number) =>
  queryOptions({ queryKey: ['priorities', 'list', { plan }], queryFn: () => getPriorities(plan) });

export function usePriorities(plan: number | undefined, { enabled }: { enabled: boolean }) {
  return useQuery({ ...prioritiesQueryOptions(plan ?? 0), enabled: enabled && plan != null });
}
