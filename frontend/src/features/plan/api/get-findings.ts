import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

/** Every inspection finding of the plan (for choosing one to filter on). */
export async function getFindings() {
  return unwrap(await api.GET('/api/v1/findings'));
}

export const findingsQueryOptions = () =>
  queryOptions({ queryKey: ['findings', 'list', {}], queryFn: getFindings });

export function useFindings() {
  return useQuery(findingsQueryOptions());
}
