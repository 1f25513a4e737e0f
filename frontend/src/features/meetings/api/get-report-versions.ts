import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

export async function getReportVersions(id: number) {
  return unwrap(
    await api.GET('/api/v1/meetings/{id}/report/versions', { params: { path: { id } } }),
  );
}

export const reportVersionsQuery = (id: number) =>
  queryOptions({ queryKey: ['meetings', id, 'versions'], queryFn: () => getReportVersions(id) });

export function useReportVersions(id: number) {
  return useQuery(reportVersionsQuery(id));
}

/** The PDF board pack of a published version: a plain link the session cookie authenticates. */
export function packHref(id: number, version?: number): string {
  return `/api/v1/meetings/${id}/report.pdf${version ? `?version=${version}` : ''}`;
}
