import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { paths } from '@/lib/api-schema';

type IndicatorsQuery = NonNullable<paths['/api/v1/indicators']['get']['parameters']['query']>;

const QUERY = { status: 'OFF_TARGET', size: 100 } satisfies IndicatorsQuery;

/** Indicators whose latest figure is off target. */
export async function getOffTargetIndicators() {
  return unwrap(await api.GET('/api/v1/indicators', { params: { query: QUERY } }));
}

export const offTargetIndicatorsQueryOptions = () =>
  queryOptions({ queryKey: ['indicators', 'list', QUERY], queryFn: getOffTargetIndicators });

export function useOffTargetIndicators() {
  return useQuery(offTargetIndicatorsQueryOptions());
}
