import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api-client';
import { invalidateAfterActionChange } from './invalidate-action';

/** Rejects a proposal, with an optional note for the partner. */
export async function rejectRagProposal(proposalId: number, body: Schemas['DecisionRequest']) {
  return unwrap(
    await api.POST('/api/v1/rag-proposals/{id}/reject', {
      params: { path: { id: proposalId } },
      body,
    }),
  );
}

export function useRejectRagProposal() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ proposalId, note }: { proposalId: number; note?: string }) =>
      rejectRagProposal(proposalId, { note }),
    onSuccess: () => invalidateAfterActionChange(client),
  });
}
