import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

/** Partners' RAG proposals waiting for an editor to accept or reject them, newest first. */
export async function getPendingProposals() {
  return unwrap(
    await api.GET('/api/v1/rag-proposals', { params: { query: { status: 'PENDING' } } }),
  );
}

export const pendingProposalsQueryOptions = queryOptions({
  queryKey: ['rag-proposals', 'PENDING'],
  queryFn: getPendingProposals,
});

export function usePendingProposals({ enabled }: { enabled: boolean }) {
  return useQuery({ ...pendingProposalsQueryOptions, enabled });
}
