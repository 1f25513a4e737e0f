import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

/** The action's evidence of progress, newest first (the API gives it oldest first). */
export async function getProgressUpdates(id: number) {
  const updates = unwrap(
    await api.GET('/api/v1/actions/{id}/progress-updates', { params: { path: { id } } }),
  );
  return [...updates].reverse();
}

export const progressUpdatesQueryOptions = (id: number) =>
  queryOptions({
    queryKey: ['actions', id, 'progress-updates'],
    queryFn: () => getProgressUpdates(id),
  });

export function useProgressUpdates(id: number) {
  return useQuery(progressUpdatesQueryOptions(id));
}
