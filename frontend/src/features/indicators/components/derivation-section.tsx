import { Link } from 'react-router';
import { DataTable } from '@/components/data-table';
import { QueryState } from '@/components/query-state';
import type { Schemas } from '@/lib/api-client';
import { formatFigure, formatPeriod, type Unit } from '@/lib/format';
import { useDerivation } from '../api/get-derivation';

type Month = Schemas['DerivedMonth'];
type RecordLink = Schemas['RecordLink'];

/** Where a record behind a derived figure is shown in the app. */
function recordPath(link: RecordLink, period: string): string {
  return link.kind === 'audit' ? `/audits/${link.id}` : `/workforce?month=${period}`;
}

/**
 * How a derived indicator's figures are computed, and per month the numerator, denominator and
 * the records behind the figure. Nobody types these figures: they change when the records do.
 */
export function DerivationSection({ indicatorId, unit }: { indicatorId: number; unit: Unit }) {
  const derivation = useDerivation(indicatorId, { enabled: true });
  return (
    <>
      <h2 className="govuk-heading-m" id="derivation-heading">
        How the figures are computed
      </h2>
      <QueryState isPending={derivation.isPending} error={derivation.error}>
        {() => {
          const data = derivation.data!;
          return (
            <>
              <div className="govuk-inset-text">
                <p className="govuk-body">{data.formula}</p>
                <p className="govuk-body">
                  The figures come from {data.source}; they change when those records change, and
                  cannot be typed here.
                </p>
              </div>
              <DataTable<Month>
                caption="Figures with their numerators, denominators and records"
                captionSize="s"
                rows={[...data.months].reverse()}
                rowKey={(m) => m.period}
                empty="There are no records yet, so there are no figures."
                scroll
                columns={[
                  {
                    header: 'Month',
                    rowHeader: true,
                    cell: (m) => formatPeriod(m.period),
                  },
                  { header: 'Figure', numeric: true, cell: (m) => formatFigure(m.value, unit) },
                  { header: 'Numerator', numeric: true, cell: (m) => m.numerator },
                  {
                    header: 'Denominator',
                    numeric: true,
                    cell: (m) => m.denominator ?? '–',
                  },
                  {
                    header: 'Records',
                    cell: (m) => <Records month={m} />,
                  },
                ]}
              />
            </>
          );
        }}
      </QueryState>
    </>
  );
}

function Records({ month }: { month: Month }) {
  return (
    <details className="govuk-details app-records">
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">
          {month.records.length} {month.records.length === 1 ? 'record' : 'records'}
          <span className="govuk-visually-hidden"> for {formatPeriod(month.period)}</span>
        </span>
      </summary>
      <ul className="govuk-list govuk-details__text">
        {month.records.map((r) => (
          <li key={`${r.kind}-${r.id}`}>
            <Link className="govuk-link" to={recordPath(r, month.period)}>
              {r.label}
            </Link>
          </li>
        ))}
      </ul>
    </details>
  );
}
