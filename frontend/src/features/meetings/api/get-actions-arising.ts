import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

export async function getActionsArising(id: number) {
  return unwrap(
    await api.GET('/api/v1/meetings/{id}/actions-arising', { params: { path: { id } } }),
  );
}

export const actionsArisingQuery = (id: number) =>
  queryOptions({ queryKey: ['meetings', id, 'arising'], queryFn: () => getActionsArising(id) });

export function useActionsArising(id: number) {
  return useQuery(actionsArisingQuery(id));
}
