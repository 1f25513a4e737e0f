import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api-client';

export async function writeCommentary(id: number, body: Schemas['CommentaryRequest']) {
  return unwrap(await api.PUT('/api/v1/meetings/{id}/report', { params: { path: { id } }, body }));
}

export function useWriteCommentary(id: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: Schemas['CommentaryRequest']) => writeCommentary(id, body),
    onSuccess: (report) => client.setQueryData(['meetings', id, 'report'], report),
  });
}
