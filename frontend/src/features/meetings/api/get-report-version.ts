import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

export async function getReportVersion(id: number, version: number) {
  return unwrap(
    await api.GET('/api/v1/meetings/{id}/report/versions/{version}', {
      params: { path: { id, version } },
    }),
  );
}

export const reportVersionQuery = (id: number, version: number) =>
  queryOptions({
    queryKey: ['meetings', id, 'versions', version],
    queryFn: () => getReportVersion(id, version),
    // A published version never changes.
    staleTime: Infinity,
  });

export function useReportVersion(id: number, version: number) {
  return useQuery(reportVersionQuery(id, version));
}
