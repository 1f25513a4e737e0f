import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api-client';

/** The scorecard of `months` months up to `to`, or up to the latest month with figures. */
export async function getScorecard(months: number, to?: string): Promise<Schemas['Scorecard']> {
  // The endpoint also answers CSV (typed as a string); without format=csv it answers JSON.
  return unwrap(
    await api.GET('/api/v1/scorecard', {
      params: { query: { months, to } },
      headers: { Accept: 'application/json' },
    }),
  ) as Schemas['Scorecard'];
}

export const scorecardQuery = (months: number, to?: string) =>
  queryOptions({
    queryKey: ['scorecard', { months, to }],
    queryFn: () => getScorecard(months, to),
  });

export function useScorecard(months: number, to?: string, { enabled = true } = {}) {
  return useQuery({ ...scorecardQuery(months, to), enabled });
}
