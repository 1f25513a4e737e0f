import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

/** The RAG proposals made for the action, newest first. */
export async function getRagProposals(id: number) {
  return unwrap(await api.GET('/api/v1/actions/{id}/rag-proposals', { params: { path: { id } } }));
}

export const ragProposalsQueryOptions = (id: number) =>
  queryOptions({ queryKey: ['actions', id, 'rag-proposals'], queryFn: () => getRagProposals(id) });

export function useRagProposals(id: number, { enabled }: { enabled: boolean }) {
  return useQuery({ ...ragProposalsQueryOptions(id), enabled });
}
