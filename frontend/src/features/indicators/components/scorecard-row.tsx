import type { Schemas } from '@/lib/api-client';

export type Row = Schemas['Row'];

/** The title of an area as the plan heads its table: "Quality Assurance and Audit (auditing)". */
export function areaTitle(area: Schemas['Area']): string {
  return [area.area, area.areaNote ? `(${area.areaNote})` : null].filter(Boolean).join(' ');
}

/** A row whose note stands in for its figures: it has a note and no figure in the months shown. */
export function noteOnly(row: Row): boolean {
  return Boolean(row.dataStatus) && row.values.every((cell) => cell === null);
}
