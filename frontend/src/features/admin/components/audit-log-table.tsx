import { DataTable } from '@/components/data-table';
import type { Schemas } from '@/lib/api-client';
import { eventName } from '@/lib/event-names';
import { formatDateTime } from '@/lib/format';
import { entityName, EVENT_NAMES } from '../utils/labels';

type AuditEvent = Schemas['AuditResponse'];

/** A before or after state, as indented JSON. */
function json(value: unknown): string {
  return JSON.stringify(value, null, 2);
}

function State({ label, value, absent }: { label: string; value: unknown; absent: string }) {
  return (
    <>
      <h3 className="govuk-heading-s govuk-!-margin-bottom-1">{label}</h3>
      {value === null || value === undefined ? (
        <p className="govuk-body-s">{absent}</p>
      ) : (
        <pre className="app-json">{json(value)}</pre>
      )}
    </>
  );
}

export function AuditLogTable({ events }: { events: AuditEvent[] }) {
  return (
    <DataTable
      caption="Audit events"
      hideCaption
      columns={[
        { header: 'When', cell: (event) => formatDateTime(event.occurredAt) },
        { header: 'Event', cell: (event) => eventName(event.event, EVENT_NAMES) },
        {
          header: 'Entity',
          cell: (event) => `${entityName(event.entityType)} ${event.entityId ?? ''}`,
        },
        { header: 'Who', cell: (event) => event.username ?? 'System' },
        {
          header: 'Token used',
          cell: (event) => (event.tokenId != null ? `Yes (token ${event.tokenId})` : 'No'),
        },
        { header: 'Address', cell: (event) => event.clientAddress },
      ]}
      rows={events}
      rowKey={(event) => event.id}
      details={(event) => <EventDetails event={event} />}
      scroll
    />
  );
}

function EventDetails({ event }: { event: AuditEvent }) {
  return (
    <details className="govuk-details govuk-!-margin-bottom-0">
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">
          Show details
          <span className="govuk-visually-hidden">
            {' '}
            of {eventName(event.event, EVENT_NAMES)}, {entityName(event.entityType)}{' '}
            {event.entityId}, {formatDateTime(event.occurredAt)}
          </span>
        </span>
      </summary>
      <div className="govuk-details__text">
        {event.requestId && (
          <p className="govuk-body-s">
            Request ID: <code>{event.requestId}</code>
          </p>
        )}
        <State label="Before" value={event.before} absent="Nothing before" />
        <State label="After" value={event.after} absent="Nothing after" />
      </div>
    </details>
  );
}
