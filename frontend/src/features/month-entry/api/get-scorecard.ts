import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api-client';

/** A plan's scorecard of `months` months up to `to`, or up to its latest month with figures. */
export async function getScorecard(
  plan: number,
  months: number,
  to?: string,
): Promise<Schemas['Scorecard']> {
  // The endpoint also answers CSV (typed as a string); without format=csv it answers JSON.
  return unwrap(
    await api.GET('/api/v1/scorecard', {
      params: { query: { plan, months, to } },
      headers: { Accept: 'application/json' },
    }),
  ) as Schemas['Scorecard'];
}

export const scorecardQuery = (plan: number, months: number, to?: string) =>
  queryOptions({
    queryKey: ['scorecard', { plan, months, to }],
    queryFn: () => getScorecard(plan, months, to),
  });

export function useScorecard(plan: number, months: number, to?: string, { enabled = true } = {}) {
  return useQuery({ ...scorecardQuery(plan, months, to), enabled });
}
