import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api-client';
import { organisationsQueryOptions } from '@/lib/reference-data';

export async function createOrganisation(body: Schemas['CreateOrganisationRequest']) {
  return unwrap(await api.POST('/api/v1/organisations', { body }));
}

export function useCreateOrganisation() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: createOrganisation,
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: organisationsQueryOptions().queryKey });
      void client.invalidateQueries({ queryKey: ['audit-log'] });
    },
  });
}
