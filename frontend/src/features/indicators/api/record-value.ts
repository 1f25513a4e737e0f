import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api-client';

export type RecordValueInput = {
  period: string;
  body: Schemas['ValueRequest'];
  /** The version of the figure being corrected; none for a month without one. */
  version?: number;
  /** Confirms a figure the sense check queried (far from the indicator's recent figures). */
  acknowledgeWarnings?: boolean;
};

/**
 * Enters (201) or corrects (200) a month's figure; a correction keeps the old one as a revision
 * and names the version it corrects, so that nobody overwrites a correction they have not seen.
 */
export async function recordValue(
  id: number,
  { period, body, version, acknowledgeWarnings }: RecordValueInput,
) {
  const result = await api.PUT('/api/v1/indicators/{id}/values/{period}', {
    params: {
      path: { id, period },
      query: acknowledgeWarnings ? { acknowledgeWarnings } : {},
      header: version === undefined ? {} : { 'If-Match': `"${version}"` },
    },
    body,
  });
  const value = unwrap(result);
  return { value, created: result.response.status === 201 };
}

export function useRecordValue(id: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: RecordValueInput) => recordValue(id, input),
    onSuccess: async () => {
      // ['indicators'] starts the keys of this indicator's details, figures and revisions
      // (see indicatorKey) and of any list of indicators.
      await Promise.all([
        client.invalidateQueries({ queryKey: ['indicators'] }),
        client.invalidateQueries({ queryKey: ['scorecard'] }),
      ]);
    },
  });
}
