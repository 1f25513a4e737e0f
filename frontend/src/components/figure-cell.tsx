import type { Schemas } from '@/lib/api-client';
import { formatFigure } from '@/lib/format';

/** A month's figure as the scorecard prints it, marked when provisional; a dash when there is none. */
export function FigureCell({
  cell,
  unit,
}: {
  cell: Schemas['Cell'] | null;
  unit: Schemas['Unit'];
}) {
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
