import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

export async function getMeetings(board: number) {
  return unwrap(await api.GET('/api/v1/meetings', { params: { query: { board } } }));
}

export const meetingsQuery = (board: number) =>
  queryOptions({ queryKey: ['meetings', { board }], queryFn: () => getMeetings(board) });

export function useMeetings(board: number) {
  return useQuery(meetingsQuery(board));
}
