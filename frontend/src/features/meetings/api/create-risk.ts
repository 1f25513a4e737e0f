import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api-client';

export async function createRisk(body: Schemas['RiskRequest']) {
  return unwrap(await api.POST('/api/v1/risks', { body }));
}

export function useCreateRisk(meetingId: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: createRisk,
    onSuccess: () => client.invalidateQueries({ queryKey: ['meetings', meetingId, 'report'] }),
  });
}
