import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, etagOf, unwrap } from '@/lib/api-client';

/** One action with its ETag, which every edit sends back as If-Match. */
export async function getAction(id: number) {
  const result = await api.GET('/api/v1/actions/{id}', { params: { path: { id } } });
  return { action: unwrap(result), etag: etagOf(result.response) };
}

export type ActionWithETag = Awaited<ReturnType<typeof getAction>>;

export const actionQueryOptions = (id: number) =>
  queryOptions({ queryKey: ['actions', id], queryFn: () => getAction(id) });

export function useAction(id: number) {
  return useQuery(actionQueryOptions(id));
}
