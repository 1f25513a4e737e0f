import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { paths } from '@/lib/api-schema';

export type ActionsQuery = NonNullable<paths['/api/v1/actions']['get']['parameters']['query']>;

/** One page of the plan's actions, filtered. */
export async function getActions(query: ActionsQuery) {
  return unwrap(await api.GET('/api/v1/actions', { params: { query } }));
}

export const actionsQueryOptions = (query: ActionsQuery) =>
  queryOptions({ queryKey: ['actions', 'list', query], queryFn: () => getActions(query) });

export function useActions(query: ActionsQuery) {
  return useQuery(actionsQueryOptions(query));
}
