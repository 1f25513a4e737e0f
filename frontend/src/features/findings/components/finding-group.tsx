import { Link } from 'react-router';
import { DataTable } from '@/components/data-table';
import { RagTag } from '@/components/rag-tag';
import { Section } from '@/components/section';
import { ShortText } from '@/components/short-text';
import type { Schemas } from '@/lib/api-client';

/** A group of findings, each with the actions that answer it, or "Not answered". */
export function FindingGroup({
  id,
  title,
  findings,
}: {
  id: string;
  title: string;
  findings: Schemas['FindingResponse'][];
}) {
  const headingId = `${id}-heading`;
  return (
    <Section headingId={headingId} title={title}>
      <DataTable
        labelledBy={headingId}
        columns={[
          {
            header: 'Finding',
            rowHeader: true,
            headerClassName: 'govuk-!-width-one-half',
            cell: (finding) => (
              <>
                {finding.label}
                {finding.summary.trim() && finding.summary.trim() !== finding.label.trim() && (
                  <span className="govuk-!-display-block govuk-!-font-weight-regular">
                    {finding.summary}
                  </span>
                )}
              </>
            ),
          },
          { header: 'Answered by', cell: (finding) => <AnsweringActions finding={finding} /> },
        ]}
        rows={findings}
        rowKey={(finding) => finding.id}
        scroll
      />
    </Section>
  );
}

function AnsweringActions({ finding }: { finding: Schemas['FindingResponse'] }) {
  const { actions } = finding;
  if (!finding.answered || actions.length === 0) {
    return <strong className="govuk-tag govuk-tag--red">Not answered</strong>;
  }
  return (
    <ul className="govuk-list govuk-!-margin-bottom-0">
      {actions.map((action) => (
        <li key={action.id}>
          <Link className="govuk-link" to={`/actions/${action.id}`}>
            <span className="govuk-visually-hidden">Action </span>
            {action.ref}
          </Link>{' '}
          <RagTag rag={action.effectiveRag} />{' '}
          {/* Several rows of the plan may share a ref: their words tell them apart. */}
          <span className="app-muted">
            <ShortText text={action.action} max={70} />
          </span>
        </li>
      ))}
    </ul>
  );
}
