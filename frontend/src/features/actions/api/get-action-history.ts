import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

/** Everything that happened to the action (the audit trail), newest first. */
export async function getActionHistory(id: number) {
  const events = unwrap(
    await api.GET('/api/v1/actions/{id}/history', { params: { path: { id } } }),
  );
  return [...events].reverse();
}

export const actionHistoryQueryOptions = (id: number) =>
  queryOptions({ queryKey: ['actions', id, 'history'], queryFn: () => getActionHistory(id) });

export function useActionHistory(id: number) {
  return useQuery(actionHistoryQueryOptions(id));
}
