import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

/** Per team, the month's caseloads, their spread and supervision timeliness. */
export const workforceSummaryQuery = (month: string) =>
  queryOptions({
    queryKey: ['workforce', 'summary', month],
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/workforce/summary', { params: { query: { month } } })),
  });

export function useWorkforceSummary(month: string | undefined) {
  return useQuery({ ...workforceSummaryQuery(month ?? ''), enabled: Boolean(month) });
}

/** The latest month with a caseload snapshot (the list is newest first). */
export const latestMonthQuery = () =>
  queryOptions({
    queryKey: ['workforce', 'latest-month'],
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/caseload-snapshots', { params: { query: { size: 1 } } }))
        .items[0]?.month ?? null,
  });

export function useLatestMonth() {
  return useQuery(latestMonthQuery());
}
