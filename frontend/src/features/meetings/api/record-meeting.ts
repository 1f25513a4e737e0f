import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api-client';
import { meetingQuery } from './get-meeting';

/** Replaces a meeting's record, naming the version it replaces (a stale one is refused, 412). */
export async function recordMeeting(
  meeting: Schemas['MeetingResponse'],
  body: Schemas['MeetingRequest'],
) {
  return unwrap(
    await api.PUT('/api/v1/meetings/{id}', {
      params: { path: { id: meeting.id }, header: { 'If-Match': `"${meeting.version}"` } },
      body,
    }),
  );
}

export function useRecordMeeting(meeting: Schemas['MeetingResponse']) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: Schemas['MeetingRequest']) => recordMeeting(meeting, body),
    onSuccess: (saved) => {
      client.setQueryData(meetingQuery(meeting.id).queryKey, saved);
      return client.invalidateQueries({ queryKey: ['meetings', meeting.id, 'report'] });
    },
  });
}
