import type { Schemas } from '@/lib/api-client';

export const AUDIT_TYPE_NAMES: Record<Schemas['AuditType'], string> = {
  CASE_FILE: 'Case file audit',
  THEMATIC: 'Thematic audit',
  DEEP_DIVE: 'Deep dive',
  DIP_SAMPLE: 'Dip sample',
  RE_AUDIT: 'Re-audit',
};

export const GRADE_NAMES: Record<Schemas['Grade'], string> = {
  OUTSTANDING: 'Outstanding',
  GOOD: 'Good',
  REQUIRES_IMPROVEMENT: 'Requires improvement',
  INADEQUATE: 'Inadequate',
};

export const RECOMMENDATION_STATUS_NAMES: Record<Schemas['RecommendationStatus'], string> = {
  OPEN: 'Open',
  DONE: 'Done',
  CANCELLED: 'Cancelled',
};

/** Select options of an enum's names, with an empty first choice. */
export function options<K extends string>(names: Record<K, string>, empty: string) {
  return [
    { value: '', label: empty },
    ...Object.entries<string>(names).map(([value, label]) => ({ value, label })),
  ];
}

export function gradeName(grade: Schemas['Grade'] | null): string {
  return grade ? GRADE_NAMES[grade] : '–';
}
