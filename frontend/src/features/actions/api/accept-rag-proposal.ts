import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api-client';
import { invalidateAfterActionChange } from './invalidate-action';

/** Accepts a proposal: the RAG changes, under the usual rules (409 when they refuse it). */
export async function acceptRagProposal(proposalId: number, body: Schemas['DecisionRequest']) {
  return unwrap(
    await api.POST('/api/v1/rag-proposals/{id}/accept', {
      params: { path: { id: proposalId } },
      body,
    }),
  );
}

export function useAcceptRagProposal() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ proposalId, note }: { proposalId: number; note?: string }) =>
      acceptRagProposal(proposalId, { note }),
    onSuccess: () => invalidateAfterActionChange(client),
  });
}
