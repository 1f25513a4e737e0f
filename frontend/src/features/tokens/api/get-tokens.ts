import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

/** The signed-in user's own tokens (never their secrets). */
export async function getTokens() {
  return unwrap(await api.GET('/api/v1/tokens'));
}

export const tokensQueryOptions = () => queryOptions({ queryKey: ['tokens'], queryFn: getTokens });

export function useTokens() {
  return useQuery(tokensQueryOptions());
}
