import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { ErrorSummary, type FieldErrors } from '@/components/error-summary';
import { Select, TextField } from '@/components/form-fields';
import { ENTITY_TYPES, entityName } from '../utils/labels';

export type AuditFilterValues = {
  entityType: string;
  entityId: string;
  user: string;
  from: string;
  to: string;
};

export const AUDIT_FILTER_NAMES: (keyof AuditFilterValues)[] = [
  'entityType',
  'entityId',
  'user',
  'from',
  'to',
];

/** The audit log's filters; applying them puts them in the URL, which the listing reads. */
export function AuditLogFilters({
  initial,
  onApply,
  errors,
  message,
}: {
  initial: AuditFilterValues;
  onApply: (values: AuditFilterValues) => void;
  errors: FieldErrors;
  message?: string;
}) {
  const [values, setValues] = useState(initial);

  function set(field: keyof AuditFilterValues, value: string) {
    setValues((v) => ({ ...v, [field]: value }));
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    onApply({
      ...values,
      entityId: values.entityId.trim(),
      user: values.user.trim(),
    });
  }

  return (
    <form onSubmit={submit} noValidate role="search" aria-label="Filter the audit log">
      <ErrorSummary errors={errors} description={message} />
      <div className="app-filters">
        <Select
          name="entityType"
          label="Entity type"
          value={values.entityType}
          onChange={(v) => set('entityType', v)}
          error={errors.entityType}
          options={[
            { value: '', label: 'All' },
            ...ENTITY_TYPES.map((t) => ({ value: t, label: entityName(t) })),
          ]}
        />
        <TextField
          name="entityId"
          label="Entity id"
          value={values.entityId}
          onChange={(v) => set('entityId', v)}
          error={errors.entityId}
          width="govuk-input--width-5"
        />
        <TextField
          name="user"
          label="Username"
          value={values.user}
          onChange={(v) => set('user', v)}
          error={errors.user}
          width="govuk-input--width-10"
        />
        <TextField
          name="from"
          label="From"
          type="date"
          value={values.from}
          onChange={(v) => set('from', v)}
          error={errors.from}
          width="govuk-input--width-10"
        />
        <TextField
          name="to"
          label="To"
          type="date"
          value={values.to}
          onChange={(v) => set('to', v)}
          error={errors.to}
          width="govuk-input--width-10"
        />
        <div className="govuk-button-group">
          <button type="submit" className="govuk-button govuk-button--secondary">
            Apply filters
          </button>
          <Link className="govuk-link" to="?tab=audit">
            Clear filters
          </Link>
        </div>
      </div>
    </form>
  );
}
