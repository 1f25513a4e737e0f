import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { shorten } from '@/components/short-text';
import type { Schemas } from '@/lib/api-client';
import { formatDate, formatDateTime } from '@/lib/format';
import { useFindings } from '@/lib/reference-data';

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="govuk-summary-list__row">
      <dt className="govuk-summary-list__key">{label}</dt>
      <dd className="govuk-summary-list__value">{children}</dd>
    </div>
  );
}

function Text({ text }: { text: string }) {
  return text.trim() ? (
    <span className="app-pre-wrap">{text}</span>
  ) : (
    <span className="app-muted">Not recorded</span>
  );
}

const none = <span className="app-muted">None</span>;

/** Every field of an action, as a GOV.UK summary list. */
export function ActionDetails({ action }: { action: Schemas['ActionResponse'] }) {
  const findings = useFindings({ plan: action.planId });
  const summaries = new Map((findings.data ?? []).map((f) => [f.id, f.summary]));
  const { leads } = action;
  const due = [action.dueWording.trim(), formatDate(action.dueDate)].filter(Boolean);

  return (
    <dl className="govuk-summary-list">
      <Row label="Desired outcome">
        <Text text={action.desiredOutcome} />
      </Row>
      <Row label="Action">
        <Text text={action.action} />
      </Row>
      <Row label="Leads">
        {leads.length === 0 ? (
          none
        ) : leads.length === 1 ? (
          leads[0]
        ) : (
          <ul className="govuk-list">
            {leads.map((lead, i) => (
              <li key={i}>{lead}</li>
            ))}
          </ul>
        )}
      </Row>
      <Row label="Due">
        {due.length === 0 ? <span className="app-muted">No date given</span> : due.join(' · ')}
        {action.overdue && <strong className="app-status--off"> (overdue)</strong>}
      </Row>
      <Row label="Impact">
        <Text text={action.impact} />
      </Row>
      <Row label="How it is measured">
        <Text text={action.measure} />
      </Row>
      <Row label="Partners co-leading">
        {action.partners.length === 0 ? (
          none
        ) : (
          <ul className="govuk-list">
            {action.partners.map((p) => (
              <li key={p.id}>{p.name}</li>
            ))}
          </ul>
        )}
      </Row>
      <Row label="Findings cited">
        {action.findings.length === 0 ? (
          none
        ) : (
          <ul className="govuk-list">
            {action.findings.map((f) => {
              const summary = summaries.get(f.id);
              return (
                <li key={f.id}>
                  <Link to="/findings" className="govuk-link">
                    {f.label}
                  </Link>
                  {summary && <span className="app-muted">: {shorten(summary, 200)}</span>}
                </li>
              );
            })}
          </ul>
        )}
      </Row>
      <Row label="Indicators">
        {action.indicators.length === 0 ? (
          none
        ) : (
          <ul className="govuk-list">
            {action.indicators.map((i) => (
              <li key={i.id}>
                <Link to={`/indicators/${i.id}`} className="govuk-link">
                  {i.number}. {i.name}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </Row>
      <Row label="Last updated">{formatDateTime(action.updatedAt)}</Row>
    </dl>
  );
}
