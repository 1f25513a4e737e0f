import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

/** The plan's inspection findings: their summaries, and the choices of findings to cite. */
export async function getFindings(plan: number) {
  return unwrap(await api.GET('/api/v1/findings', { params: { query: { plan } } }));
}

export const findingsQueryOptions = (plan: number) =>
  queryOptions({ queryKey: ['findings', 'list', { plan }], queryFn: () => getFindings(plan) });

export function useFindings(plan: number | undefined) {
  return useQuery({ ...findingsQueryOptions(plan ?? 0), enabled: plan != null });
}
