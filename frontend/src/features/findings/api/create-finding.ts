import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api-client';

/** Adds a finding: a paragraph or a named area of an inspection letter. */
export async function createFinding(body: Schemas['FindingRequest']) {
  return unwrap(await api.POST('/api/v1/findings', { body }));
}

export function useCreateFinding() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: createFinding,
    onSuccess: () => client.invalidateQueries({ queryKey: ['findings'] }),
  });
}
