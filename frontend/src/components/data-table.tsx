import { Fragment, type Key, type ReactNode } from 'react';

/** One column of a DataTable: its header, and what each row shows in it. */
export type Column<T> = {
  /** What the header says; it may hide its words visually, as an actions column does. */
  header: ReactNode;
  /** A key for React; by default the header, when it is text. */
  key?: string;
  cell: (row: T) => ReactNode;
  /** Aligns the column right, as GOV.UK tables do for figures. */
  numeric?: boolean;
  /** The column's cells head their rows (`<th scope="row">`). */
  rowHeader?: boolean;
  headerClassName?: string;
  /** The column's width (a CSS length), for a table laid out by its columns' widths. */
  width?: string;
  cellClassName?: string | ((row: T) => string | undefined);
  /**
   * How many columns a row's cell in this column spans (a note in place of several figures,
   * say); the columns it covers are left out of that row. A spanning cell is not aligned as a
   * figure: it stands for several columns, not one.
   */
  colSpan?: (row: T) => number | undefined;
};

type Labelling =
  | {
      caption: ReactNode;
      /** The caption's GOV.UK size; without one it is in body text. */
      captionSize?: 's' | 'm' | 'l';
      /** The caption is for screen readers only, when the page's heading says it already. */
      hideCaption?: boolean;
      labelledBy?: never;
    }
  | { caption?: never; captionSize?: never; hideCaption?: never; labelledBy: string };

/**
 * A GOV.UK table: a caption (or the id of a heading that names it), column headers, one row per
 * item, and optionally a message instead of the table when there are no rows.
 */
export function DataTable<T>({
  columns,
  rows,
  rowKey,
  empty,
  details,
  compact = true,
  scroll,
  className,
  ...labelling
}: Labelling & {
  columns: Column<T>[];
  rows: T[];
  /** A row's key for React (its id, say); by default its position. */
  rowKey?: (row: T) => Key | null | undefined;
  /** Shown in place of the table when there are no rows. */
  empty?: ReactNode;
  /** More about a row, in a full-width row beneath it (a details component, say). */
  details?: (row: T) => ReactNode;
  /** In 16px type, for tables of many columns. */
  compact?: boolean;
  /**
   * The table scrolls sideways on narrow screens. With a label, the scrolling area is a region
   * in the tab order, so that keyboard users can scroll it.
   */
  scroll?: boolean | { label: string };
  /** More classes for the table element. */
  className?: string;
}) {
  if (rows.length === 0 && empty !== undefined) {
    return <p className="govuk-body">{empty}</p>;
  }
  const table = (
    <table
      className={classes(
        'govuk-table app-data-table',
        compact && 'app-data-table--compact',
        className,
      )}
      aria-labelledby={labelling.labelledBy}
    >
      {labelling.caption !== undefined && (
        <caption
          className={classes(
            'govuk-table__caption',
            labelling.hideCaption
              ? 'govuk-visually-hidden'
              : labelling.captionSize && `govuk-table__caption--${labelling.captionSize}`,
          )}
        >
          {labelling.caption}
        </caption>
      )}
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          {columns.map((column, index) => (
            <th
              key={columnKey(column, index)}
              scope="col"
              className={classes(
                'govuk-table__header',
                column.numeric && 'govuk-table__header--numeric',
                column.headerClassName,
              )}
              style={column.width ? { width: column.width } : undefined}
            >
              {column.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {rows.map((row, index) => (
          <Fragment key={rowKey?.(row) ?? index}>
            <tr
              className={classes(
                'govuk-table__row',
                details && 'app-data-table__row--with-details',
              )}
            >
              {cells(columns, row)}
            </tr>
            {details && (
              <tr className="govuk-table__row">
                <td className="govuk-table__cell" colSpan={columns.length}>
                  {details(row)}
                </td>
              </tr>
            )}
          </Fragment>
        ))}
      </tbody>
    </table>
  );
  if (!scroll) return table;
  return typeof scroll === 'object' ? (
    <div className="app-data-table__scroll" tabIndex={0} role="region" aria-label={scroll.label}>
      {table}
    </div>
  ) : (
    <div className="app-data-table__scroll">{table}</div>
  );
}

function cells<T>(columns: Column<T>[], row: T): ReactNode[] {
  const shown: ReactNode[] = [];
  for (let index = 0; index < columns.length;) {
    const column = columns[index];
    const span = Math.min(Math.max(column.colSpan?.(row) ?? 1, 1), columns.length - index);
    const key = columnKey(column, index);
    const colSpan = span > 1 ? span : undefined;
    const numeric = column.numeric && !colSpan;
    const className =
      typeof column.cellClassName === 'function' ? column.cellClassName(row) : column.cellClassName;
    // A row header is a th, as GOV.UK marks it up; its classes are the header's.
    const Cell = column.rowHeader ? 'th' : 'td';
    const kind = column.rowHeader ? 'header' : 'cell';
    shown.push(
      <Cell
        key={key}
        colSpan={colSpan}
        scope={column.rowHeader ? 'row' : undefined}
        className={classes(
          `govuk-table__${kind}`,
          numeric && `govuk-table__${kind}--numeric`,
          className,
        )}
      >
        {column.cell(row)}
      </Cell>,
    );
    index += span;
  }
  return shown;
}

function columnKey<T>(column: Column<T>, index: number): string {
  return column.key ?? (typeof column.header === 'string' ? column.header : String(index));
}

function classes(...names: (string | false | undefined)[]): string {
  return names.filter(Boolean).join(' ');
}
