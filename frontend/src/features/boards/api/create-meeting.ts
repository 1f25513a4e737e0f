import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api-client';

export async function createMeeting(body: Schemas['MeetingRequest']) {
  return unwrap(await api.POST('/api/v1/meetings', { body }));
}

export function useCreateMeeting() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: createMeeting,
    onSuccess: () => client.invalidateQueries({ queryKey: ['meetings'] }),
  });
}
