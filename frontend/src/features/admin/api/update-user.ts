import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api-client';
import { meQuery } from '@/lib/me';
import { usersQueryOptions } from './get-users';

/** Changes only the fields given (JSON merge patch): the others stay as they are. */
export async function updateUser({
  id,
  changes,
}: {
  id: number;
  changes: Schemas['UpdateUserRequest'];
}) {
  return unwrap(
    await api.PATCH('/api/v1/users/{id}', {
      params: { path: { id } },
      body: changes,
      headers: { 'Content-Type': 'application/merge-patch+json' },
    }),
  );
}

export function useUpdateUser() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: updateUser,
    onSuccess: (_user, { id }) => {
      void client.invalidateQueries({ queryKey: usersQueryOptions().queryKey });
      void client.invalidateQueries({ queryKey: ['audit-log'] });
      // An admin who changes their own account sees their new name and role at once.
      if (client.getQueryData(meQuery.queryKey)?.id === id) {
        void client.invalidateQueries({ queryKey: meQuery.queryKey });
      }
    },
  });
}
