import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api-client';

export async function raiseActionArising(id: number, body: Schemas['ActionArisingRequest']) {
  return unwrap(
    await api.POST('/api/v1/meetings/{id}/actions-arising', { params: { path: { id } }, body }),
  );
}

export function useRaiseActionArising(id: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: Schemas['ActionArisingRequest']) => raiseActionArising(id, body),
    onSuccess: () => client.invalidateQueries({ queryKey: ['meetings', id] }),
  });
}
