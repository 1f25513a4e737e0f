import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api-client';

/** Records an audit; indicators 55-58 are recomputed from it. */
export async function createAudit(body: Schemas['CaseAuditRequest']) {
  return unwrap(await api.POST('/api/v1/audits', { body }));
}

export function useCreateAudit() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: createAudit,
    onSuccess: async () => {
      await Promise.all([
        client.invalidateQueries({ queryKey: ['audits'] }),
        client.invalidateQueries({ queryKey: ['indicators'] }),
        client.invalidateQueries({ queryKey: ['scorecard'] }),
      ]);
    },
  });
}
