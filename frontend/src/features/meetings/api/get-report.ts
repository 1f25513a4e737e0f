import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

/** The draft highlight report, assembled from the records as they stand now (editors). */
export async function getReport(id: number) {
  return unwrap(await api.GET('/api/v1/meetings/{id}/report', { params: { path: { id } } }));
}

export const reportQuery = (id: number) =>
  queryOptions({ queryKey: ['meetings', id, 'report'], queryFn: () => getReport(id) });

export function useReport(id: number, enabled: boolean) {
  return useQuery({ ...reportQuery(id), enabled });
}
