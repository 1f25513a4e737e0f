import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api-client';
import { invalidateAfterActionChange } from './invalidate-action';

/**
 * Changes the RAG status, with a reason; the API refuses GREEN or Amber E without evidence recorded
 * since the last change or linked here (409).
 */
export async function changeRag(id: number, body: Schemas['RagChangeRequest']) {
  return unwrap(await api.POST('/api/v1/actions/{id}/rag', { params: { path: { id } }, body }));
}

export function useChangeRag(id: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: Schemas['RagChangeRequest']) => changeRag(id, body),
    onSuccess: () => invalidateAfterActionChange(client),
  });
}
