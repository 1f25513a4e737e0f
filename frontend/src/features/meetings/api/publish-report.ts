import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

export async function publishReport(id: number) {
  return unwrap(
    await api.POST('/api/v1/meetings/{id}/report/publish', { params: { path: { id } } }),
  );
}

export function usePublishReport(id: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => publishReport(id),
    onSuccess: () => client.invalidateQueries({ queryKey: ['meetings', id, 'versions'] }),
  });
}
