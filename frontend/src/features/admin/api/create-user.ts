import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api-client';
import { usersQueryOptions } from './get-users';

export async function createUser(body: Schemas['CreateUserRequest']) {
  return unwrap(await api.POST('/api/v1/users', { body }));
}

export function useCreateUser() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: createUser,
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: usersQueryOptions().queryKey });
      void client.invalidateQueries({ queryKey: ['audit-log'] });
    },
  });
}
