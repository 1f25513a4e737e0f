import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

/** The latest changes to actions and indicators, newest first. */
export async function getRecentChanges(limit: number) {
  return unwrap(await api.GET('/api/v1/recent-changes', { params: { query: { limit } } }));
}

/** How many of the latest changes the dashboard lists. */
export const RECENT_CHANGES = 10;

export const recentChangesQueryOptions = (limit: number) =>
  queryOptions({ queryKey: ['recent-changes', limit], queryFn: () => getRecentChanges(limit) });

export function useRecentChanges(limit = 10) {
  return useQuery(recentChangesQueryOptions(limit));
}
