import { useState } from 'react';
import type { Schemas } from '@/lib/api-client';
import { formatDateTime, type Unit } from '@/lib/format';
import { figureInWords, mediumMonth, periodKey, VALUE_STATUS_NAMES } from '../utils/indicator-text';
import { RevisionsList } from './revisions-list';

/** Every monthly figure, newest first, with who entered it and how often it was corrected. */
export function ValuesTable({
  indicatorId,
  values,
  unit,
}: {
  indicatorId: number;
  values: Schemas['ValueResponse'][];
  unit: Unit;
}) {
  if (values.length === 0) {
    return <p className="govuk-body">No figures have been entered yet.</p>;
  }
  const newestFirst = [...values].reverse();
  const showRatio = values.some((v) => v.numerator !== undefined && v.numerator !== null);
  return (
    <div className="app-table-scroll" tabIndex={0} role="region" aria-label="Monthly figures table">
      <table className="govuk-table app-table--compact">
        <caption className="govuk-table__caption govuk-table__caption--s govuk-visually-hidden">
          Monthly figures, newest first
        </caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              Month
            </th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">
              Figure
            </th>
            {showRatio && (
              <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                Numerator / denominator
              </th>
            )}
            <th scope="col" className="govuk-table__header">
              Status
            </th>
            <th scope="col" className="govuk-table__header">
              Entered by
            </th>
            <th scope="col" className="govuk-table__header">
              Entered at
            </th>
            <th scope="col" className="govuk-table__header">
              Corrections
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {newestFirst.map((value) => (
            <ValueRow
              key={periodKey(value.period)}
              indicatorId={indicatorId}
              value={value}
              unit={unit}
              showRatio={showRatio}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function ValueRow({
  indicatorId,
  value,
  unit,
  showRatio,
}: {
  indicatorId: number;
  value: Schemas['ValueResponse'];
  unit: Unit;
  showRatio: boolean;
}) {
  const [open, setOpen] = useState(false);
  const period = periodKey(value.period);
  const corrections = value.revisions ?? 0;
  const listId = `revisions-${period}`;
  return (
    <tr className="govuk-table__row">
      <th scope="row" className="govuk-table__header app-nowrap">
        {mediumMonth(period)}
      </th>
      <td className="govuk-table__cell govuk-table__cell--numeric app-nowrap">
        {figureInWords(value.value, unit)}
      </td>
      {showRatio && (
        <td className="govuk-table__cell govuk-table__cell--numeric app-nowrap">
          {value.numerator !== undefined && value.numerator !== null
            ? `${value.numerator.toLocaleString('en-GB')} / ${(value.denominator ?? 0).toLocaleString('en-GB')}`
            : ''}
        </td>
      )}
      <td className="govuk-table__cell">{value.status ? VALUE_STATUS_NAMES[value.status] : ''}</td>
      <td className="govuk-table__cell">{value.enteredBy}</td>
      <td className="govuk-table__cell app-nowrap">{formatDateTime(value.enteredAt)}</td>
      <td className="govuk-table__cell">
        {corrections === 0 ? (
          'None'
        ) : (
          <>
            {corrections === 1 ? 'Corrected once' : `Corrected ${corrections} times`}
            <br />
            <button
              type="button"
              className="app-link-button govuk-body-s"
              aria-expanded={open}
              aria-controls={open ? listId : undefined}
              onClick={() => setOpen(!open)}
            >
              {open ? 'Hide revisions' : 'Show revisions'}
              <span className="govuk-visually-hidden"> for {mediumMonth(period)}</span>
            </button>
            {open && (
              <RevisionsList id={listId} indicatorId={indicatorId} period={period} unit={unit} />
            )}
          </>
        )}
      </td>
    </tr>
  );
}
