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

/** The items as a GOV.UK list, or "None". */
function List<T>({
  items,
  children,
}: {
  items: T[];
  children: (item: T, index: number) => ReactNode;
}) {
  if (items.length === 0) return <span className="app-muted">None</span>;
  return <ul className="govuk-list">{items.map(children)}</ul>;
}

/** Every field of an action, as a GOV.UK summary list. */
export function ActionDetails({ action }: { action: Schemas['ActionResponse'] }) {
  const findings = useFindings({ plan: action.planId });
  const summaries = new Map((findings.data ?? []).map((f) => [f.id, f.summary]));
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
        {action.leads.length === 1 ? (
          action.leads[0]
        ) : (
          <List items={action.leads}>{(lead, i) => <li key={i}>{lead}</li>}</List>
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
        <List items={action.partners}>{(p) => <li key={p.id}>{p.name}</li>}</List>
      </Row>
      <Row label="Findings cited">
        <List items={action.findings}>
          {(f) => {
            const summary = summaries.get(f.id);
            return (
              <li key={f.id}>
                <Link to="/findings" className="govuk-link">
                  {f.label}
                </Link>
                {summary && <span className="app-muted">: {shorten(summary, 200)}</span>}
              </li>
            );
          }}
        </List>
      </Row>
      <Row label="Indicators">
        <List items={action.indicators}>
          {(i) => (
            <li key={i.id}>
              <Link to={`/indicators/${i.id}`} className="govuk-link">
                {i.number}. {i.name}
              </Link>
            </li>
          )}
        </List>
      </Row>
      <Row label="Last updated">{formatDateTime(action.updatedAt)}</Row>
    </dl>
  );
}
