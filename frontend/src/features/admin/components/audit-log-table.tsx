import { Fragment } from 'react';
import type { Schemas } from '@/lib/api-client';
import { formatDateTime } from '@/lib/format';
import { entityName, eventName } from '../utils/labels';

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
    <div className="app-table-scroll">
      <table className="govuk-table app-table--compact">
        <caption className="govuk-visually-hidden">Audit events</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              When
            </th>
            <th scope="col" className="govuk-table__header">
              Event
            </th>
            <th scope="col" className="govuk-table__header">
              Entity
            </th>
            <th scope="col" className="govuk-table__header">
              Who
            </th>
            <th scope="col" className="govuk-table__header">
              Token used
            </th>
            <th scope="col" className="govuk-table__header">
              Address
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {events.map((event, index) => {
            const when = formatDateTime(event.occurredAt);
            const what = eventName(event.event);
            return (
              <Fragment key={event.id ?? index}>
                <tr className="govuk-table__row app-audit-row">
                  <td className="govuk-table__cell">{when}</td>
                  <td className="govuk-table__cell">{what}</td>
                  <td className="govuk-table__cell">
                    {entityName(event.entityType)} {event.entityId}
                  </td>
                  <td className="govuk-table__cell">{event.username ?? 'System'}</td>
                  <td className="govuk-table__cell">
                    {event.tokenId != null ? `Yes (token ${event.tokenId})` : 'No'}
                  </td>
                  <td className="govuk-table__cell">{event.clientAddress}</td>
                </tr>
                <tr className="govuk-table__row">
                  <td className="govuk-table__cell" colSpan={6}>
                    <details className="govuk-details govuk-!-margin-bottom-0">
                      <summary className="govuk-details__summary">
                        <span className="govuk-details__summary-text">
                          Show details
                          <span className="govuk-visually-hidden">
                            {' '}
                            of {what}, {entityName(event.entityType)} {event.entityId}, {when}
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
                  </td>
                </tr>
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
