import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api-client';

type Item = Schemas['ActionArisingResponse'];

/** Marks an action arising done or dropped (or reopens it), naming the version it changes. */
export async function closeActionArising(meetingId: number, item: Item, status: Item['status']) {
  return unwrap(
    await api.PUT('/api/v1/meetings/{id}/actions-arising/{itemId}', {
      params: {
        path: { id: meetingId, itemId: item.id },
        header: { 'If-Match': `"${item.version}"` },
      },
      body: {
        text: item.text,
        owner: item.owner,
        ownerUserId: item.ownerUserId,
        dueDate: item.dueDate,
        status,
      },
    }),
  );
}

export function useCloseActionArising(meetingId: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ item, status }: { item: Item; status: Item['status'] }) =>
      closeActionArising(meetingId, item, status),
    onSuccess: () => client.invalidateQueries({ queryKey: ['meetings', meetingId] }),
  });
}
