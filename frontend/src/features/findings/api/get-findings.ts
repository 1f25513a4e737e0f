import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

/** The coverage of the findings: each with the actions answering it. answered=false: only those no action answers. */
export async function getFindings(answered?: boolean) {
  return unwrap(await api.GET('/api/v1/findings', { params: { query: { answered } } }));
}

export const findingsQueryOptions = (answered?: boolean) =>
  queryOptions({
    queryKey: ['findings', 'list', { answered }],
    queryFn: () => getFindings(answered),
  });

export function useFindings(answered?: boolean, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...findingsQueryOptions(answered), enabled });
}
