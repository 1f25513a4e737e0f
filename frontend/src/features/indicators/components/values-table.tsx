import { useState } from 'react';
import { DataTable, type Column } from '@/components/data-table';
import type { Schemas } from '@/lib/api-client';
import { formatDateTime, type Unit } from '@/lib/format';
import { mediumMonth } from '@/lib/months';
import { figureInWords, VALUE_STATUS_NAMES } from '../utils/indicator-text';
import { RevisionsList } from './revisions-list';

type Value = Schemas['ValueResponse'];

/** Every monthly figure, newest first, with who entered it and how often it was corrected. */
export function ValuesTable({
  indicatorId,
  values,
  unit,
}: {
  indicatorId: number;
  values: Value[];
  unit: Unit;
}) {
  const hasRatio = (value: Value) => value.numerator !== null;
  const columns: Column<Value>[] = [
    {
      header: 'Month',
      rowHeader: true,
      cellClassName: 'app-nowrap',
      cell: (value) => mediumMonth(value.period),
    },
    {
      header: 'Figure',
      numeric: true,
      cellClassName: 'app-nowrap',
      cell: (value) => figureInWords(value.value, unit),
    },
    ...(values.some(hasRatio)
      ? [
          {
            header: 'Numerator / denominator',
            numeric: true,
            cellClassName: 'app-nowrap',
            cell: (value: Value) =>
              value.numerator === null
                ? ''
                : `${value.numerator.toLocaleString('en-GB')} / ${(value.denominator ?? 0).toLocaleString('en-GB')}`,
          },
        ]
      : []),
    { header: 'Status', cell: (value) => VALUE_STATUS_NAMES[value.status] },
    { header: 'Entered by', cell: (value) => value.enteredBy },
    {
      header: 'Entered at',
      cellClassName: 'app-nowrap',
      cell: (value) => formatDateTime(value.enteredAt),
    },
    {
      header: 'Corrections',
      cell: (value) => <Corrections indicatorId={indicatorId} value={value} unit={unit} />,
    },
  ];
  return (
    <DataTable
      caption="Monthly figures, newest first"
      hideCaption
      columns={columns}
      rows={[...values].reverse()}
      rowKey={(value) => value.period}
      empty="No figures have been entered yet."
      scroll={{ label: 'Monthly figures table' }}
    />
  );
}

/** How often a month's figure was corrected, with its revisions to show on demand. */
function Corrections({
  indicatorId,
  value,
  unit,
}: {
  indicatorId: number;
  value: Value;
  unit: Unit;
}) {
  const [open, setOpen] = useState(false);
  const period = value.period;
  const corrections = value.revisions;
  const listId = `revisions-${period}`;
  if (corrections === 0) return 'None';
  return (
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
      {open && <RevisionsList id={listId} indicatorId={indicatorId} period={period} unit={unit} />}
    </>
  );
}
