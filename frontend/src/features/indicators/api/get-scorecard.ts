import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api-client';

export type ScorecardParams = { months: number; to?: string };

export async function getScorecard({ months, to }: ScorecardParams): Promise<Schemas['Scorecard']> {
  // The endpoint also answers CSV (typed as a string); without format=csv it answers JSON.
  return unwrap(
    await api.GET('/api/v1/scorecard', {
      params: { query: { months, to: to || undefined } },
      headers: { Accept: 'application/json' },
    }),
  ) as Schemas['Scorecard'];
}

export const scorecardQuery = (params: ScorecardParams) =>
  queryOptions({
    queryKey: ['scorecard', params],
    queryFn: () => getScorecard(params),
  });

export function useScorecard(params: ScorecardParams) {
  // The table stays while another window of months loads.
  return useQuery({ ...scorecardQuery(params), placeholderData: keepPreviousData });
}

/** A download of the same window: a plain link, which the session cookie authenticates. */
export function scorecardCsvHref(
  { months, to }: ScorecardParams,
  format: 'csv' | 'xlsx' = 'csv',
): string {
  const query = new URLSearchParams({ format, months: String(months) });
  if (to) query.set('to', to);
  return `/api/v1/scorecard?${query}`;
}
