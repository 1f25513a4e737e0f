import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api-client';

/** Records a worker's month end; indicators 59-65 are recomputed from it. */
export async function createCaseloadSnapshot(body: Schemas['CaseloadSnapshotRequest']) {
  return unwrap(await api.POST('/api/v1/caseload-snapshots', { body }));
}

export function useCreateCaseloadSnapshot() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: createCaseloadSnapshot,
    onSuccess: async () => {
      await Promise.all([
        client.invalidateQueries({ queryKey: ['workforce'] }),
        client.invalidateQueries({ queryKey: ['indicators'] }),
        client.invalidateQueries({ queryKey: ['scorecard'] }),
      ]);
    },
  });
}
