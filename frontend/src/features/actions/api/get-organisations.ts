import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

/** The council and the partner agencies. */
export async function getOrganisations() {
  return unwrap(await api.GET('/api/v1/organisations'));
}

export const organisationsQueryOptions = () =>
  queryOptions({ queryKey: ['organisations', 'list'], queryFn: getOrganisations });

export function useOrganisations({ enabled }: { enabled: boolean }) {
  return useQuery({ ...organisationsQueryOptions(), enabled });
}
