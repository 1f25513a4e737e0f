import { DataTable, type Column } from '@/components/data-table';
import { MonthHeader } from '@/components/month-header';
import { FigureCell } from '@/components/figure-cell';
import type { FieldErrors } from '@/components/error-summary';
import { UNIT_NAMES } from '@/lib/indicator-text';
import { addMonths, mediumMonth } from '@/lib/months';
import {
  figureField,
  MONTHS_BEFORE,
  storedText,
  type SheetArea,
  type SheetRow,
  type Typed,
} from '../utils/sheet';
import { FigureInput } from './figure-input';

/**
 * One area of the plan's indicators: each with its unit, the months before for reference, and
 * the month's figure to type (or, for a derived indicator, where its figure comes from).
 */
export function AreaTable({
  area,
  index,
  period,
  typed,
  errors,
  warnings,
  onChange,
  onEnter,
}: {
  area: SheetArea;
  index: number;
  period: string;
  typed: Typed;
  errors: FieldErrors;
  warnings: FieldErrors;
  onChange: (row: SheetRow, value: string) => void;
  onEnter: (input: HTMLInputElement, backwards: boolean) => void;
}) {
  const headingId = `month-entry-area-${index}`;
  const muted = (row: SheetRow) => (row.source ? 'app-muted' : undefined);
  const before = Array.from({ length: MONTHS_BEFORE }, (_, i) =>
    addMonths(period, i - MONTHS_BEFORE),
  );
  const columns: Column<SheetRow>[] = [
    { header: 'No.', cell: (row) => row.number, cellClassName: muted },
    {
      header: 'Indicator',
      rowHeader: true,
      cellClassName: (row) => `app-month-entry__name${row.source ? ' app-muted' : ''}`,
      cell: (row) => (
        <>
          {row.name}
          {row.dataStatus && (
            <span className="govuk-body-s app-muted app-month-entry__note">{row.dataStatus}</span>
          )}
        </>
      ),
    },
    { header: 'Unit', cell: (row) => UNIT_NAMES[row.unit], cellClassName: muted },
    ...before.map((month, i): Column<SheetRow> => ({
      header: <MonthHeader period={month} />,
      key: month,
      numeric: true,
      headerClassName: 'app-nowrap',
      cellClassName: (row) => `app-nowrap${row.source ? ' app-muted' : ''}`,
      cell: (row) => <FigureCell cell={row.before[i] ?? null} unit={row.unit} />,
    })),
    {
      header: `Figure for ${mediumMonth(period)}`,
      key: 'figure',
      cellClassName: muted,
      cell: (row) =>
        row.source ? (
          <>
            {row.figure && (
              <>
                <FigureCell cell={row.figure} unit={row.unit} />{' '}
              </>
            )}
            <span className="govuk-body-s app-muted">From {row.source}</span>
          </>
        ) : (
          <FigureInput
            row={row}
            period={period}
            value={typed[row.number] ?? storedText(row)}
            error={errors[figureField(row)]}
            warning={warnings[figureField(row)]}
            onChange={(value) => onChange(row, value)}
            onEnter={onEnter}
          />
        ),
    },
  ];
  return (
    <section className="govuk-!-margin-bottom-6">
      <h2 className="govuk-heading-m" id={headingId}>
        {area.title}
      </h2>
      <DataTable
        labelledBy={headingId}
        className="app-month-entry__table"
        columns={columns}
        rows={area.rows}
        rowKey={(row) => row.id}
        // Without a label, the scrolling area is no stop of its own: Tab goes from figure to figure.
        scroll
      />
    </section>
  );
}
