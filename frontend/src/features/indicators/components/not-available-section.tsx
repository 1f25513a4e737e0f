import { useState, type FormEvent } from 'react';
import { DataTable, type Column } from '@/components/data-table';
import { ErrorSummary, type FieldErrors } from '@/components/error-summary';
import { TextArea, TextField } from '@/components/form-fields';
import { useFormErrors } from '@/hooks/use-form-errors';
import type { Schemas } from '@/lib/api-client';
import { formatDateTime } from '@/lib/format';
import {
  useMarkNotAvailable,
  useNotAvailable,
  useWithdrawNotAvailable,
} from '../api/not-available';
import { currentMonth, mediumMonth } from '@/lib/months';

type NotAvailable = Schemas['UnavailableResponse'];

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/**
 * The months that have no figure on purpose, with the reasons, so that a board reads why a month
 * is empty; editors record one (a month with a figure is corrected instead) or withdraw one.
 */
export function NotAvailableSection({
  indicatorId,
  values,
  canWrite,
}: {
  indicatorId: number;
  values: Schemas['ValueResponse'][];
  canWrite: boolean;
}) {
  const months = useNotAvailable(indicatorId);
  const withdraw = useWithdrawNotAvailable(indicatorId);
  const rows = months.data ?? [];
  if (rows.length === 0 && !canWrite) return null;
  const columns: Column<NotAvailable>[] = [
    {
      header: 'Month',
      rowHeader: true,
      cellClassName: 'app-nowrap',
      cell: (row) => mediumMonth(row.period),
    },
    { header: 'Why there is no figure', cell: (row) => row.reason },
    {
      header: 'Recorded',
      cell: (row) => `${row.recordedBy}, ${formatDateTime(row.recordedAt)}`,
    },
    ...(canWrite
      ? [
          {
            header: <span className="govuk-visually-hidden">Withdraw</span>,
            key: 'withdraw',
            cell: (row: NotAvailable) => (
              <button
                type="button"
                className="app-link-button govuk-body-s"
                disabled={withdraw.isPending}
                onClick={() => withdraw.mutate({ period: row.period, version: row.version })}
              >
                Withdraw
                <span className="govuk-visually-hidden"> for {mediumMonth(row.period)}</span>
              </button>
            ),
          },
        ]
      : []),
  ];
  return (
    <>
      <h2 className="govuk-heading-m" id="not-available-heading">
        Months without a figure
      </h2>
      <DataTable
        labelledBy="not-available-heading"
        columns={columns}
        rows={rows}
        rowKey={(row) => row.period}
        empty="Every month so far has a figure or is still to come."
      />
      {withdraw.error && (
        <p className="govuk-error-message" role="alert">
          <span className="govuk-visually-hidden">Error:</span> {withdraw.error.message}
        </p>
      )}
      {canWrite && <MarkNotAvailableForm indicatorId={indicatorId} values={values} />}
    </>
  );
}

function MarkNotAvailableForm({
  indicatorId,
  values,
}: {
  indicatorId: number;
  values: Schemas['ValueResponse'][];
}) {
  const mark = useMarkNotAvailable(indicatorId);
  const [period, setPeriod] = useState('');
  const [reason, setReason] = useState('');
  const [saved, setSaved] = useState<string>();
  const { errors, message, check, showError } = useFormErrors();

  function validate(): FieldErrors {
    const found: FieldErrors = {};
    if (!MONTH.test(period)) found.missingPeriod = 'Enter the month, for example 2023-03';
    else if (period > currentMonth()) found.missingPeriod = 'The month must not be in the future';
    else if (values.some((v) => v.period === period)) {
      found.missingPeriod = `${mediumMonth(period)} has a figure: correct it instead`;
    }
    if (!reason.trim()) found.missingReason = 'Enter why there is no figure this month';
    return found;
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(undefined);
    if (!check(validate())) return;
    mark.mutate(
      { period, reason: reason.trim() },
      {
        onSuccess: () => {
          setSaved(period);
          setPeriod('');
          setReason('');
        },
        onError: (error) =>
          showError(error, ({ period: p, reason: r, ...rest }) => ({
            ...rest,
            ...(p && { missingPeriod: p }),
            ...(r && { missingReason: r }),
          })),
      },
    );
  }

  return (
    <details className="govuk-details">
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">
          Record that a month’s figure is not available
        </span>
      </summary>
      <div className="govuk-details__text">
        {saved && (
          <p className="govuk-body" role="status">
            {mediumMonth(saved)} is recorded as not available.
          </p>
        )}
        <ErrorSummary errors={errors} description={message} />
        <form onSubmit={submit} noValidate>
          <TextField
            name="missingPeriod"
            label="Month without a figure"
            hint="For example, 2023-03"
            type="month"
            width="govuk-input--width-10"
            value={period}
            onChange={setPeriod}
            error={errors.missingPeriod}
          />
          <TextArea
            name="missingReason"
            label="Why is there no figure?"
            hint="The board reads this in place of the figure, for example “Report not run: case management system migration”."
            rows={2}
            value={reason}
            onChange={setReason}
            error={errors.missingReason}
          />
          <button
            type="submit"
            className="govuk-button govuk-button--secondary"
            disabled={mark.isPending}
          >
            Record as not available
          </button>
        </form>
      </div>
    </details>
  );
}
