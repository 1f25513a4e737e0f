import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

const QUERY = { status: 'OFF_TARGET', size: 100 };

/** Indicators whose latest figure is off target. */
export async function getOffTargetIndicators() {
  return unwrap(await api.GET('/api/v1/indicators', { params: { query: QUERY } }));
}

export const offTargetIndicatorsQueryOptions = () =>
  queryOptions({ queryKey: ['indicators', 'list', QUERY], queryFn: getOffTargetIndicators });

export function useOffTargetIndicators() {
  return useQuery(offTargetIndicatorsQueryOptions());
}
