import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

/** Every RAG change of the action, newest first (the API gives them oldest first). */
export async function getRagHistory(id: number) {
  const changes = unwrap(
    await api.GET('/api/v1/actions/{id}/rag-history', { params: { path: { id } } }),
  );
  return [...changes].reverse();
}

export const ragHistoryQueryOptions = (id: number) =>
  queryOptions({ queryKey: ['actions', id, 'rag-history'], queryFn: () => getRagHistory(id) });

export function useRagHistory(id: number) {
  return useQuery(ragHistoryQueryOptions(id));
}
