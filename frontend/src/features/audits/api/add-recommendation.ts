import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api-client';

export async function addRecommendation(id: number, body: Schemas['RecommendationRequest']) {
  return unwrap(
    await api.POST('/api/v1/audits/{id}/recommendations', { params: { path: { id } }, body }),
  );
}

export function useAddRecommendation(id: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: Schemas['RecommendationRequest']) => addRecommendation(id, body),
    onSuccess: () => client.invalidateQueries({ queryKey: ['audits'] }),
  });
}
