import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { tokensQueryOptions } from './get-tokens';

export async function revokeToken(id: number) {
  return unwrap(await api.DELETE('/api/v1/tokens/{id}', { params: { path: { id } } }));
}

export function useRevokeToken() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: revokeToken,
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: tokensQueryOptions().queryKey });
      void client.invalidateQueries({ queryKey: ['audit-log'] });
    },
  });
}
