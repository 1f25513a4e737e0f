import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

export async function getBoard(id: number) {
  return unwrap(await api.GET('/api/v1/boards/{id}', { params: { path: { id } } }));
}

export const boardQuery = (id: number) =>
  queryOptions({ queryKey: ['boards', id], queryFn: () => getBoard(id) });

export function useBoard(id: number) {
  return useQuery(boardQuery(id));
}
