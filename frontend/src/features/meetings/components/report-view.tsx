import { Link } from 'react-router';
import { Sparkline } from '@/components/charts/sparkline';
import { DataTable } from '@/components/data-table';
import { RagTag } from '@/components/rag-tag';
import type { Schemas } from '@/lib/api-client';
import { formatDate, formatDateTime } from '@/lib/format';

type Report = Schemas['HighlightReport'];
type Section = Schemas['PrioritySection'];
type Line = Schemas['ActionLine'];

const STATUS: Record<string, string> = {
  ON_TARGET: 'On target',
  NEAR: 'Near target',
  OFF_TARGET: 'Off target',
  NO_TARGET: 'No target',
  NO_DATA: 'No data',
};

const DIRECTION: Record<string, string> = {
  IMPROVING: 'Improving',
  DECLINING: 'Deteriorating',
  STABLE: 'Stable',
  NO_TREND: 'No trend',
};

/** A highlight report, draft or published: every figure as at the time it says. */
export function ReportView({ report }: { report: Report }) {
  return (
    <div className="app-report">
      <p className="govuk-body app-as-at" data-testid="report-as-at">
        As at {formatDateTime(report.asAt)}
      </p>
      <p className="govuk-body">
        Changes since {formatDate(report.since)}; next meeting {formatDate(report.nextMeeting)}
        {report.scorecardMonth && `; scorecard month ${report.scorecardMonth}`}.
      </p>
      {report.summary && (
        <section className="app-report-section" aria-labelledby="report-summary">
          <h2 className="govuk-heading-m" id="report-summary">
            Summary
          </h2>
          <p className="govuk-body app-pre-line">{report.summary}</p>
        </section>
      )}
      {report.risks.length > 0 && (
        <Risks caption="Risks to the plan" captionSize="m" risks={report.risks} />
      )}
      <DataTable
        caption="RAG status by priority"
        captionSize="m"
        rows={report.priorities}
        rowKey={(p) => p.priorityId}
        columns={[
          { header: 'Priority', rowHeader: true, cell: (p) => `${p.number}. ${p.title}` },
          ...(['RED', 'AMBER', 'AMBER_E', 'GREEN'] as const).map((rag) => ({
            header: <RagTag rag={rag} />,
            key: rag,
            numeric: true,
            cell: (p: Section) => p.ragCounts[rag] ?? 0,
          })),
        ]}
      />
      {report.priorities.map((p) => (
        <PriorityReport key={p.priorityId} section={p} />
      ))}
      <section className="app-report-section" aria-labelledby="report-findings">
        <h2 className="govuk-heading-m" id="report-findings">
          Findings with no current action
        </h2>
        {report.unansweredFindings.length === 0 ? (
          <p className="govuk-body">Every finding is answered by at least one current action.</p>
        ) : (
          <ul className="govuk-list govuk-list--bullet">
            {report.unansweredFindings.map((f) => (
              <li key={f.id}>
                {f.label}: {f.summary}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="app-report-section" aria-labelledby="report-arising">
        <h2 className="govuk-heading-m" id="report-arising">
          Open actions arising
        </h2>
        <DataTable
          labelledBy="report-arising"
          rows={report.actionsArising}
          rowKey={(i) => i.id}
          empty="No open actions arising."
          columns={[
            { header: 'Action', rowHeader: true, cell: (i) => i.text },
            { header: 'Owner', cell: (i) => i.owner },
            { header: 'Due', cell: (i) => formatDate(i.dueDate) },
            { header: 'Status', cell: (i) => (i.overdue ? 'Overdue' : 'Open') },
          ]}
        />
      </section>
    </div>
  );
}

function PriorityReport({ section: p }: { section: Section }) {
  const id = `report-priority-${p.number}`;
  return (
    <section className="app-report-section" aria-labelledby={id}>
      <h2 className="govuk-heading-m" id={id}>
        Priority {p.number}: {p.title}
      </h2>
      {p.progress && (
        <>
          <h3 className="govuk-heading-s">Progress</h3>
          <p className="govuk-body app-pre-line">{p.progress}</p>
        </>
      )}
      {p.challenges && (
        <>
          <h3 className="govuk-heading-s">Challenges</h3>
          <p className="govuk-body app-pre-line">{p.challenges}</p>
        </>
      )}
      {p.risks.length > 0 && <Risks caption="Risks" captionSize="s" risks={p.risks} />}
      <DataTable
        caption="RAG changes"
        captionSize="s"
        rows={p.ragChanges}
        empty="No RAG changes since the last meeting."
        columns={[
          {
            header: 'Ref',
            rowHeader: true,
            cell: (c) => <ActionLink id={c.actionId} ref_={c.ref} />,
          },
          { header: 'From', cell: (c) => <RagTag rag={c.from} /> },
          { header: 'To', cell: (c) => <RagTag rag={c.to} /> },
          { header: 'Why', cell: (c) => c.reason },
          { header: 'By', cell: (c) => c.by },
        ]}
      />
      <DataTable
        caption="New evidence"
        captionSize="s"
        rows={p.newEvidence}
        empty="No new evidence since the last meeting."
        columns={[
          {
            header: 'Ref',
            rowHeader: true,
            cell: (e) => <ActionLink id={e.actionId} ref_={e.ref} />,
          },
          { header: 'Date', cell: (e) => formatDate(e.date) },
          { header: 'Evidence', cell: (e) => e.text },
        ]}
      />
      {p.dueDatesMoved.length > 0 && (
        <DataTable
          caption="Due dates moved"
          captionSize="s"
          rows={p.dueDatesMoved}
          columns={[
            {
              header: 'Ref',
              rowHeader: true,
              cell: (m) => <ActionLink id={m.actionId} ref_={m.ref} />,
            },
            { header: 'From', cell: (m) => formatDate(m.from) || 'None' },
            { header: 'To', cell: (m) => formatDate(m.to) || 'None' },
            { header: 'By', cell: (m) => m.by },
          ]}
        />
      )}
      <ActionLines caption="Overdue" rows={p.overdue} empty="No overdue actions." />
      <ActionLines
        caption="Due before the next meeting"
        rows={p.dueBeforeNextMeeting}
        empty="Nothing due before the next meeting."
      />
      <ActionLines
        caption="Amber E: awaiting evidence of impact"
        rows={p.awaitingImpact}
        empty="None awaiting evidence of impact."
      />
      {p.indicators.length > 0 && (
        <DataTable
          caption="Indicators off target or deteriorating"
          captionSize="s"
          rows={p.indicators}
          rowKey={(i) => i.id}
          columns={[
            {
              header: 'Indicator',
              rowHeader: true,
              cell: (i) => (
                <Link className="govuk-link" to={`/indicators/${i.id}`}>
                  {i.number}. {i.name}
                </Link>
              ),
            },
            {
              header: 'Figures',
              cell: (i) => (
                <>
                  <Sparkline values={i.points.map((pt) => Number(pt.value))} />
                  {i.points.map((pt) => `${pt.period}: ${pt.display}`).join(', ')}
                </>
              ),
            },
            { header: 'Target', cell: (i) => i.target },
            { header: 'Status', cell: (i) => STATUS[i.status] ?? i.status },
            { header: 'Direction', cell: (i) => DIRECTION[i.direction] ?? i.direction },
          ]}
        />
      )}
    </section>
  );
}

function Risks({
  caption,
  captionSize,
  risks,
}: {
  caption: string;
  captionSize: 's' | 'm';
  risks: Schemas['RiskResponse'][];
}) {
  return (
    <DataTable
      caption={caption}
      captionSize={captionSize}
      rows={risks}
      rowKey={(r) => r.id}
      columns={[
        { header: 'Risk', rowHeader: true, cell: (r) => r.description },
        { header: 'Likelihood', numeric: true, cell: (r) => r.likelihood },
        { header: 'Impact', numeric: true, cell: (r) => r.impact },
        { header: 'Score', numeric: true, cell: (r) => r.score },
        { header: 'Owner', cell: (r) => r.owner },
        { header: 'Mitigation', cell: (r) => r.mitigation },
      ]}
    />
  );
}

function ActionLines({ caption, rows, empty }: { caption: string; rows: Line[]; empty: string }) {
  return (
    <DataTable
      caption={caption}
      captionSize="s"
      rows={rows}
      rowKey={(a) => a.id}
      empty={empty}
      columns={[
        { header: 'Ref', rowHeader: true, cell: (a) => <ActionLink id={a.id} ref_={a.ref} /> },
        { header: 'Action', cell: (a) => a.text },
        { header: 'Lead', cell: (a) => a.leads.join(', ') },
        { header: 'Due', cell: (a) => formatDate(a.dueDate) || a.dueWording },
        { header: 'RAG', cell: (a) => <RagTag rag={a.effectiveRag} /> },
      ]}
    />
  );
}

function ActionLink({ id, ref_ }: { id: number; ref_: string }) {
  return (
    <Link className="govuk-link" to={`/actions/${id}`}>
      {ref_}
    </Link>
  );
}
