import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api-client';
import { invalidateAfterActionChange } from './invalidate-action';

export async function addProgressUpdate(id: number, body: Schemas['ProgressUpdateRequest']) {
  return unwrap(
    await api.POST('/api/v1/actions/{id}/progress-updates', { params: { path: { id } }, body }),
  );
}

export function useAddProgressUpdate(id: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: Schemas['ProgressUpdateRequest']) => addProgressUpdate(id, body),
    onSuccess: () => invalidateAfterActionChange(client),
  });
}
