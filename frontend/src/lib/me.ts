import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, ApiError, unwrap } from '@/lib/api-client';

export const meQuery = queryOptions({
  queryKey: ['me'],
  queryFn: async () => {
    try {
      return unwrap(await api.GET('/api/v1/me'));
    } catch (error) {
      // Not signed in is an answer, not an error.
      if (error instanceof ApiError && error.status === 401) return null;
      throw error;
    }
  },
  staleTime: 5 * 60_000,
});

export function useMe() {
  return useQuery(meQuery);
}
