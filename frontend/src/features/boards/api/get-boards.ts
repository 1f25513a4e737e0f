import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

export async function getBoards() {
  return unwrap(await api.GET('/api/v1/boards'));
}

export const boardsQuery = () => queryOptions({ queryKey: ['boards'], queryFn: getBoards });

export function useBoards() {
  return useQuery(boardsQuery());
}
