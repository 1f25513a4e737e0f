import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, etagOf, unwrap, type Schemas } from '@/lib/api-client';
import { actionQueryOptions } from './get-action';
import { invalidateAfterActionChange } from './invalidate-action';

/** Replaces an action's fields; refused with 412 when `etag` is not the current version. */
export async function updateAction(id: number, body: Schemas['ActionRequest'], etag: string) {
  const result = await api.PUT('/api/v1/actions/{id}', {
    params: { path: { id }, header: { 'If-Match': etag } },
    body,
  });
  return { action: unwrap(result), etag: etagOf(result.response) };
}

export function useUpdateAction(id: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ body, etag }: { body: Schemas['ActionRequest']; etag: string }) =>
      updateAction(id, body, etag),
    onSuccess: (saved) => {
      client.setQueryData(actionQueryOptions(id).queryKey, saved);
      return invalidateAfterActionChange(client);
    },
  });
}
