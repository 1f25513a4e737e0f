import type { FieldErrors } from '@/components/error-summary';
import type { Schemas } from '@/lib/api-client';
import { addMonths, currentMonth } from '@/lib/months';

type Cell = Schemas['Cell'];

/** Where a derived indicator's figures come from, as the page says it. */
export type Source = 'case audits' | 'workforce records';

/** One indicator of the month's sheet. */
export type SheetRow = {
  id: number;
  number: number;
  name: string;
  unit: Schemas['Unit'];
  dataStatus: string | null;
  /** The figures of the months before, oldest first; null where there is none. */
  before: (Cell | null)[];
  /** The month's figure, if there is one. */
  figure: Cell | null;
  /** Set for an indicator computed from records, which nobody types. */
  source: Source | null;
};

export type SheetArea = { title: string; rows: SheetRow[] };

/** How many months before the chosen one are shown beside each figure. */
export const MONTHS_BEFORE = 3;

/** What was typed into the inputs, by indicator number; an untouched input has no entry. */
export type Typed = Partial<Record<number, string>>;

/** A row sent to the bulk API: the figure as typed, so that the API names what is wrong with it. */
export type SentRow = {
  indicator: number;
  period: string;
  value: string;
  status: Schemas['ValueStatus'];
  /** Why a final figure is corrected; the API asks for it, as a board has seen the figure. */
  note?: string;
};

/** The field of the one reason given for every final figure the sheet corrects. */
export const REASON_FIELD = 'reason';

/**
 * The month to offer: the month after the latest month with figures (or last month, when there
 * are none), but never a month still to come, for which the API accepts no figures.
 */
export function defaultMonth(latest: string | undefined, now: Date = new Date()): string {
  const thisMonth = currentMonth(now);
  const next = latest ? addMonths(latest, 1) : addMonths(thisMonth, -1);
  return next > thisMonth ? thisMonth : next;
}

/**
 * The scorecard of the chosen month and the months before it, as the sheet's areas and rows.
 * `derivations` gives each indicator's derivation by id (null for a typed indicator).
 */
export function sheetOf(
  scorecard: Schemas['Scorecard'],
  derivations: Map<number, string | null>,
): SheetArea[] {
  const last = scorecard.periods.length - 1;
  return scorecard.areas.map((area) => ({
    title: [area.area, area.areaNote ? `(${area.areaNote})` : null].filter(Boolean).join(' '),
    rows: area.indicators.map((row) => {
      const derivation = derivations.get(row.id) ?? null;
      return {
        id: row.id,
        number: row.number,
        name: row.name,
        unit: row.unit,
        dataStatus: row.dataStatus,
        before: row.values.slice(0, last),
        figure: row.values[last] ?? null,
        source: derivation === null ? null : sourceOf(derivation),
      };
    }),
  }));
}

function sourceOf(derivation: string): Source {
  return derivation.startsWith('AUDITS_') ? 'case audits' : 'workforce records';
}

/** The text an input starts with: the month's figure as stored, or nothing. */
export function storedText(row: SheetRow): string {
  return row.figure ? String(row.figure.value) : '';
}

/** The name of a row's input, which gives its id (so that error links reach it). */
export function figureField(row: Pick<SheetRow, 'number'>): string {
  return `figure-${row.number}`;
}

/**
 * The rows to send: each typed indicator whose figure was entered or changed, in the sheet's
 * order. A figure left as stored is not sent, so it is neither counted nor revised.
 */
export function rowsToSend(
  rows: SheetRow[],
  typed: Typed,
  period: string,
  status: Schemas['ValueStatus'],
  reason = '',
): SentRow[] {
  return rows.flatMap((row) => {
    const text = typed[row.number]?.trim();
    if (row.source || text === undefined || text === '' || text === storedText(row)) return [];
    const sent: SentRow = { indicator: row.number, period, value: text, status };
    if (correctsFinal(row, typed) && reason.trim()) sent.note = reason.trim();
    return [sent];
  });
}

/** Whether the row changes a final figure, which has been reported. */
export function correctsFinal(row: SheetRow, typed: Typed): boolean {
  const text = typed[row.number]?.trim();
  return (
    row.figure?.status === 'FINAL' && text !== undefined && text !== '' && text !== storedText(row)
  );
}

/** Problems the page finds itself: a stored figure emptied cannot be deleted by a bulk call. */
export function localErrors(rows: SheetRow[], typed: Typed, reason = ''): FieldErrors {
  const errors: FieldErrors = {};
  for (const row of rows) {
    if (row.figure && typed[row.number]?.trim() === '') {
      errors[figureField(row)] = 'Enter the figure: a saved figure cannot be deleted here';
    }
  }
  if (!reason.trim() && rows.some((row) => correctsFinal(row, typed))) {
    errors[REASON_FIELD] = 'Enter why the final figures are corrected';
  }
  return errors;
}

const COLUMNS: Record<string, string> = {
  value: 'The figure',
  period: 'The month',
  status: 'The status',
  indicator: 'The indicator',
  note: 'The note',
};

/** A problem of a row as a sentence: "The figure must be a number, e.g. 64.2". */
function sentence(problem: Schemas['RowProblem']): string {
  const { column, reason } = problem;
  if (!column || !/^[a-z]/.test(reason)) return reason;
  return `${COLUMNS[column] ?? column} ${reason}`;
}

/**
 * The API's refusals and warnings, by the field of the row they concern. The API numbers the
 * rows of a JSON upload from 1, in the order they were sent.
 */
export function problemsByField(
  sent: SentRow[],
  result: Pick<Schemas['BulkResult'], 'errors' | 'warnings'>,
): { errors: FieldErrors; warnings: FieldErrors } {
  const collect = (problems: Schemas['RowProblem'][]) => {
    const found: FieldErrors = {};
    for (const problem of problems) {
      const row = problem.line >= 1 ? sent.at(problem.line - 1) : undefined;
      if (!row) continue;
      const field = figureField({ number: row.indicator });
      const text = sentence(problem);
      found[field] = found[field] ? `${found[field]}; ${text}` : text;
    }
    return found;
  };
  return { errors: collect(result.errors), warnings: collect(result.warnings) };
}
