import { useSearchParams } from 'react-router';
import { Pagination } from '@/components/pagination';
import { QueryState } from '@/components/query-state';
import { formErrorsFrom } from '@/hooks/use-form-errors';
import { ApiError } from '@/lib/api-client';
import { useAuditLog, type AuditLogFilters as Filters } from '../api/get-audit-log';
import { AuditLogFilters, AUDIT_FILTER_NAMES, type AuditFilterValues } from './audit-log-filters';
import { AuditLogTable } from './audit-log-table';

const PAGE_SIZE = 25;

/** The audit log tab: every change and sign-in, newest first, filtered by the URL's parameters. */
export function AuditLogSection() {
  const [params, setParams] = useSearchParams();
  const values = Object.fromEntries(
    AUDIT_FILTER_NAMES.map((name) => [name, params.get(name) ?? '']),
  ) as AuditFilterValues;
  const page = Math.max(1, Number(params.get('page')) || 1);

  const filters: Filters = { page, size: PAGE_SIZE };
  for (const name of AUDIT_FILTER_NAMES) {
    if (values[name]) filters[name] = values[name];
  }
  const auditLog = useAuditLog(filters);

  // The API checks the filters: its refusal is shown on the form, as a form's would be.
  const badFilters =
    auditLog.error instanceof ApiError && auditLog.error.status === 400 ? auditLog.error : null;
  const filterErrors = badFilters ? formErrorsFrom(badFilters) : { errors: {} };

  function show(next: AuditFilterValues, nextPage = 1) {
    const search = new URLSearchParams({ tab: 'audit' });
    for (const name of AUDIT_FILTER_NAMES) {
      if (next[name]) search.set(name, next[name]);
    }
    if (nextPage > 1) search.set('page', String(nextPage));
    setParams(search);
  }

  return (
    <>
      <h2 className="govuk-heading-m">Audit log</h2>
      <p className="govuk-body">Every change and sign-in, newest first.</p>
      <AuditLogFilters
        // A new URL (back button, "Clear filters") starts the form afresh.
        key={AUDIT_FILTER_NAMES.map((name) => values[name]).join('|')}
        initial={values}
        onApply={(next) => show(next)}
        errors={filterErrors.errors}
        message={filterErrors.message}
      />
      {!badFilters && (
        <QueryState isPending={auditLog.isPending} error={auditLog.error}>
          {() => {
            const data = auditLog.data!;
            if (data.items.length === 0) {
              return <p className="govuk-body">No events match these filters.</p>;
            }
            return (
              <>
                <p className="govuk-body">
                  {data.totalItems === 1 ? '1 event' : `${data.totalItems} events`}
                </p>
                <AuditLogTable events={data.items} />
                <Pagination
                  page={data.page}
                  totalPages={data.totalPages}
                  onPage={(next) => show(values, next)}
                />
              </>
            );
          }}
        </QueryState>
      )}
    </>
  );
}
