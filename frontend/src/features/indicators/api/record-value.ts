import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api-client';

export type RecordValueInput = { period: string; body: Schemas['ValueRequest'] };

/** Enters (201) or corrects (200) a month's figure; a correction keeps the old one as a revision. */
export async function recordValue(id: number, { period, body }: RecordValueInput) {
  const result = await api.PUT('/api/v1/indicators/{id}/values/{period}', {
    params: { path: { id, period } },
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
