import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api-client';

export type Trend = { indicator: Schemas['IndicatorResponse']; values: Record<string, number> };

/**
 * The workforce indicators over the last twelve months with figures: supervision timeliness per
 * team (60-65), turnover and vacancy (66, 67). They are derived from the snapshots, so the
 * scorecard carries them like any other indicator.
 */
export const workforceTrendsQuery = () =>
  queryOptions({
    queryKey: ['scorecard', 'workforce-trends'],
    queryFn: async () => {
      const [indicators, scorecard] = await Promise.all([
        api.GET('/api/v1/indicators', { params: { query: { size: 100 } } }).then(unwrap),
        api
          .GET('/api/v1/scorecard', {
            params: { query: { months: 12 } },
            headers: { Accept: 'application/json' },
          })
          .then((r) => unwrap(r) as Schemas['Scorecard']),
      ]);
      const rows = new Map(
        scorecard.areas.flatMap((a) => a.indicators).map((row) => [row.id, row]),
      );
      const trend = (i: Schemas['IndicatorResponse']): Trend => ({
        indicator: i,
        values: Object.fromEntries(
          scorecard.periods.flatMap((p, index) => {
            const cell = rows.get(i.id)?.values[index];
            return cell ? [[p, cell.value]] : [];
          }),
        ),
      });
      const derived = (prefix: string) =>
        indicators.items.filter((i) => i.derivation?.startsWith(prefix)).map(trend);
      return {
        periods: scorecard.periods,
        supervision: derived('SUPERVISION_IN_TIME'),
        posts: derived('SOCIAL_WORKER_'),
      };
    },
  });

export function useWorkforceTrends() {
  return useQuery(workforceTrendsQuery());
}
