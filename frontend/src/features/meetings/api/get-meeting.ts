import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

export async function getMeeting(id: number) {
  return unwrap(await api.GET('/api/v1/meetings/{id}', { params: { path: { id } } }));
}

export const meetingQuery = (id: number) =>
  queryOptions({ queryKey: ['meetings', id], queryFn: () => getMeeting(id) });

export function useMeeting(id: number) {
  return useQuery(meetingQuery(id));
}
