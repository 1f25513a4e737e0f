import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api-client';
import { invalidateAfterActionChange } from './invalidate-action';

/** A partner's proposal of a RAG change, for an editor to accept or reject. */
export async function proposeRagChange(id: number, body: Schemas['ProposalRequest']) {
  return unwrap(
    await api.POST('/api/v1/actions/{id}/rag-proposals', { params: { path: { id } }, body }),
  );
}

export function useProposeRagChange(id: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: Schemas['ProposalRequest']) => proposeRagChange(id, body),
    onSuccess: () => invalidateAfterActionChange(client),
  });
}
