import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { meQuery } from '@/lib/me';

export function useSignIn() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (body: { username: string; password: string }) =>
      unwrap(await api.POST('/api/v1/session', { body })),
    onSuccess: (result) => {
      // Keep the "me" query (the layout observes it); drop anything cached for someone else.
      client.removeQueries({ predicate: (query) => query.queryKey[0] !== 'me' });
      client.setQueryData(meQuery.queryKey, result.user);
    },
  });
}

export function useSignOut() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async () => unwrap(await api.DELETE('/api/v1/session')),
    onSettled: () => {
      client.setQueryData(meQuery.queryKey, null);
      client.removeQueries({ predicate: (query) => query.queryKey[0] !== 'me' });
    },
  });
}

/** Whether single sign-on with the council's identity provider is offered here. */
export function useSignInOptions() {
  return useQuery({
    queryKey: ['sign-in-options'],
    queryFn: async () => unwrap(await api.GET('/api/v1/session/options')),
    staleTime: Infinity,
  });
}
