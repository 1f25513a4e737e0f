import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

/** Undoes an applied upload; refused (409, naming them) when its figures have changed since. */
export async function revertBatch(id: number) {
  return unwrap(await api.POST('/api/v1/bulk/batches/{id}/revert', { params: { path: { id } } }));
}

export function useRevertBatch() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: revertBatch,
    // A revert changes the history and whatever records the batch wrote: all are fetched again.
    onSuccess: () => client.invalidateQueries(),
  });
}
