import { Link, useSearchParams } from 'react-router';
import { Page } from '@/components/page';
import { QueryState } from '@/components/query-state';
import type { Schemas } from '@/lib/api-client';
import { useMe } from '@/lib/me';
import { can } from '@/lib/permissions';
import { paragraphsCited, useFindings, usePriorities } from '@/lib/reference-data';
import { AddFindingForm } from './components/add-finding-form';
import { FindingGroup } from './components/finding-group';

/**
 * Coverage of the inspection's findings: every finding with the actions answering it, so that
 * the findings no action answers stand out.
 */
export default function FindingsPage() {
  const [searchParams] = useSearchParams();
  const onlyUnanswered = searchParams.get('answered') === 'false';
  // All findings give the count; the API lists the unanswered ones when asked for only those.
  const all = useFindings();
  const unanswered = useFindings({ answered: false }, { enabled: onlyUnanswered });
  const listed = onlyUnanswered ? unanswered : all;
  const me = useMe();
  // The plan the findings belong to: the one every priority is part of.
  const planId = usePriorities().data?.[0]?.planId;

  return (
    <Page title="Inspection findings">
      <QueryState isPending={all.isPending} error={all.error}>
        {() => <Coverage findings={all.data ?? []} onlyUnanswered={onlyUnanswered} />}
      </QueryState>
      {!all.error && (
        <QueryState isPending={listed.isPending} error={listed.error}>
          {() => <Groups findings={listed.data ?? []} onlyUnanswered={onlyUnanswered} />}
        </QueryState>
      )}
      {can(me.data, 'plan:edit') && planId !== undefined && all.data && (
        <AddFindingForm planId={planId} source={all.data[0]?.source} />
      )}
    </Page>
  );
}

function Coverage({
  findings,
  onlyUnanswered,
}: {
  findings: Schemas['FindingResponse'][];
  onlyUnanswered: boolean;
}) {
  const sources = [...new Set(findings.map((f) => f.source).filter(Boolean))];
  const missing = findings.filter((f) => !f.answered).length;
  return (
    <>
      <p className="govuk-body">
        Every finding of the inspection{sources.length > 0 && ` (${sources.join(', ')})`}, with the
        actions of the plan that answer it.
      </p>
      {missing > 0 ? (
        <div className="govuk-warning-text">
          <span className="govuk-warning-text__icon" aria-hidden="true">
            !
          </span>
          <strong className="govuk-warning-text__text">
            <span className="govuk-visually-hidden">Warning</span>
            {missing} of {findings.length} findings{' '}
            {missing === 1 ? 'has no action answering it' : 'have no action answering them'}
          </strong>
        </div>
      ) : (
        <p className="govuk-body govuk-!-font-weight-bold">
          {findings.length === 0
            ? 'The plan has no findings yet.'
            : `All ${findings.length} findings have at least one action answering them.`}
        </p>
      )}
      <p className="govuk-body">
        {onlyUnanswered ? (
          <Link className="govuk-link" to={{ search: '' }}>
            Show all findings
          </Link>
        ) : (
          missing > 0 && (
            <Link className="govuk-link" to={{ search: '?answered=false' }}>
              Show only unanswered findings
            </Link>
          )
        )}
      </p>
    </>
  );
}

function Groups({
  findings,
  onlyUnanswered,
}: {
  findings: Schemas['FindingResponse'][];
  onlyUnanswered: boolean;
}) {
  const named = findings.filter((f) => f.paragraph === null);
  const groups = [
    {
      id: 'priority-action',
      title: 'Areas for priority action',
      findings: named.filter((f) => f.priorityAction),
    },
    {
      id: 'practice-improvement',
      title: 'Areas for focused practice improvement',
      findings: named.filter((f) => !f.priorityAction),
    },
    {
      id: 'paragraphs',
      title: 'Paragraphs cited',
      findings: paragraphsCited(findings),
    },
  ].filter((g) => g.findings.length > 0);
  if (groups.length === 0) {
    return onlyUnanswered ? (
      <p className="govuk-body">Every finding has at least one action answering it.</p>
    ) : null;
  }
  return groups.map((group) => <FindingGroup key={group.id} {...group} />);
}
