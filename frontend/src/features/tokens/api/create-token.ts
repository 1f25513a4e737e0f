import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api-client';
import { tokensQueryOptions } from './get-tokens';

/** Creates a token; the answer holds its secret, which the API never gives again. */
export async function createToken(body: Schemas['CreateTokenRequest']) {
  return unwrap(await api.POST('/api/v1/tokens', { body }));
}

export function useCreateToken() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: createToken,
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: tokensQueryOptions().queryKey });
      void client.invalidateQueries({ queryKey: ['audit-log'] });
    },
  });
}
