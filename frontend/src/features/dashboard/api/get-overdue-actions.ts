import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

const QUERY = { overdue: true, sort: 'dueDate' };

/** Actions past their due date and not implemented, the longest overdue first. */
export async function getOverdueActions() {
  return unwrap(await api.GET('/api/v1/actions', { params: { query: QUERY } }));
}

export const overdueActionsQueryOptions = () =>
  queryOptions({ queryKey: ['actions', 'list', QUERY], queryFn: getOverdueActions });

export function useOverdueActions() {
  return useQuery(overdueActionsQueryOptions());
}
