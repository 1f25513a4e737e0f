import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

/** The plans: figures are entered for one at a time. */
export async function getPlans() {
  return unwrap(await api.GET('/api/v1/plans'));
}

export const plansQuery = () => queryOptions({ queryKey: ['plans'], queryFn: getPlans });

export function usePlans() {
  return useQuery(plansQuery());
}
