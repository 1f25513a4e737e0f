import type { Schemas } from '@/lib/api-client';
import { formatFigure } from '@/lib/format';

export type Row = Schemas['Row'];

/** The title of an area as the plan heads its table: "Quality Assurance and Audit (auditing)". */
export function areaTitle(area: Schemas['Area']): string {
  return [area.area, area.areaNote ? `(${area.areaNote})` : null].filter(Boolean).join(' ');
}

/** A row whose note stands in for its figures: it has a note and no figure in the months shown. */
export function noteOnly(row: Row): boolean {
  return Boolean(row.dataStatus) && row.values.every((cell) => cell === null);
}

/** A month's figure as printed, "(p)" when provisional; a dash when there is none. */
export function Figure({ cell, unit }: { cell: Schemas['Cell'] | null; unit: Schemas['Unit'] }) {
  if (!cell) {
    return (
      <>
        <span aria-hidden="true">–</span>
        <span className="govuk-visually-hidden">No figure</span>
      </>
    );
  }
  return (
    <>
      {cell.display || formatFigure(cell.value, unit)}
      {cell.status === 'PROVISIONAL' && (
        <>
          {' '}
          <span aria-hidden="true">(p)</span>
          <span className="govuk-visually-hidden">(provisional)</span>
        </>
      )}
    </>
  );
}
