import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

/** Clears an indicator's data-status note, naming the version of the definition it read. */
export async function clearDataStatus(id: number, version: number) {
  return unwrap(
    await api.DELETE('/api/v1/indicators/{id}/data-status', {
      params: { path: { id }, header: { 'If-Match': `"${version}"` } },
    }),
  );
}

export function useClearDataStatus(id: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (version: number) => clearDataStatus(id, version),
    onSuccess: async () => {
      await Promise.all([
        client.invalidateQueries({ queryKey: ['indicators'] }),
        client.invalidateQueries({ queryKey: ['scorecard'] }),
      ]);
    },
  });
}
