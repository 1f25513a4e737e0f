import type { Schemas } from '@/lib/api-client';

export const CADENCE: Record<Schemas['Cadence'], string> = {
  WEEKLY: 'Weekly',
  FORTNIGHTLY: 'Fortnightly',
  MONTHLY: 'Monthly',
  QUARTERLY: 'Quarterly',
};
