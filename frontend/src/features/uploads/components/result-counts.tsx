import type { Schemas } from '@/lib/api-client';

/** How many rows an upload creates, changes, leaves alone, refuses and warns about. */
export function ResultCounts({ result }: { result: Schemas['BulkResult'] }) {
  const counts: [string, number][] = [
    ['New', result.created],
    ['Changed', result.updated],
    ['Unchanged', result.unchanged],
    ['Refused', result.rejected],
    ['With a warning', result.warned],
  ];
  return (
    <dl className="govuk-summary-list govuk-summary-list--no-border">
      {counts.map(([key, value]) => (
        <div className="govuk-summary-list__row" key={key}>
          <dt className="govuk-summary-list__key">{key}</dt>
          <dd className="govuk-summary-list__value">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
