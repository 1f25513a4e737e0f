import { Link } from 'react-router';
import { DataTable } from '@/components/data-table';
import { Page } from '@/components/page';
import { QueryState } from '@/components/query-state';
import { RagTag } from '@/components/rag-tag';
import { ShortText } from '@/components/short-text';
import type { Schemas } from '@/lib/api-client';
import { formatDate } from '@/lib/format';
import { useMyWork } from './api/get-my-work';
import { useReminderSettings } from './api/reminder-settings';
import { ReminderSettingsForm } from './components/reminder-settings-form';

type Line = Schemas['ActionLine'];

/**
 * What the signed-in person has to do: their actions due within 14 days or overdue, actions with
 * no evidence for 30 days, overdue recommendations, actions arising and reports due.
 */
export default function MyWorkPage() {
  const work = useMyWork();
  const settings = useReminderSettings();
  return (
    <Page title="My work">
      <QueryState isPending={work.isPending} error={work.error}>
        {() => {
          const w = work.data!;
          return (
            <>
              <p className="govuk-body">
                {w.leadRoles.length === 0
                  ? 'You hold no plan lead roles yet, so no actions are matched to you.'
                  : `Actions are yours when one of their leads is: ${w.leadRoles.join(', ')}.`}{' '}
                <a className="govuk-link" href="#settings-heading">
                  Change your roles
                </a>
              </p>
              <Actions id="due" title="Actions overdue or due within 14 days" rows={w.actionsDue} />
              <Actions
                id="no-evidence"
                title="Actions with no evidence for 30 days"
                rows={w.actionsWithoutEvidence}
              />
              <h2 className="govuk-heading-m" id="recommendations">
                Overdue recommendations
              </h2>
              <DataTable
                labelledBy="recommendations"
                rows={w.recommendations}
                rowKey={(r) => r.id}
                empty="No overdue recommendations."
                columns={[
                  { header: 'Recommendation', rowHeader: true, cell: (r) => r.text },
                  { header: 'From', cell: (r) => r.source },
                  { header: 'Due', cell: (r) => formatDate(r.dueDate) },
                ]}
              />
              <h2 className="govuk-heading-m" id="arising">
                Actions arising
              </h2>
              <DataTable
                labelledBy="arising"
                rows={w.actionsArising}
                rowKey={(i) => i.id}
                empty="No open actions arising."
                columns={[
                  {
                    header: 'Action',
                    rowHeader: true,
                    cell: (i) => (
                      <Link className="govuk-link" to={`/meetings/${i.meetingId}`}>
                        {i.text}
                      </Link>
                    ),
                  },
                  { header: 'Board', cell: (i) => i.boardName },
                  { header: 'Due', cell: (i) => formatDate(i.dueDate) },
                  { header: 'Status', cell: (i) => (i.overdue ? 'Overdue' : 'Open') },
                ]}
              />
              <h2 className="govuk-heading-m" id="reports-due">
                Reports due
              </h2>
              <DataTable
                labelledBy="reports-due"
                rows={w.reportsDue}
                rowKey={(r) => r.meetingId}
                empty="No reports due in the next 7 days."
                columns={[
                  {
                    header: 'Meeting',
                    rowHeader: true,
                    cell: (r) => (
                      <Link className="govuk-link" to={`/meetings/${r.meetingId}`}>
                        {r.boardName}, {formatDate(r.date)}
                      </Link>
                    ),
                  },
                ]}
              />
            </>
          );
        }}
      </QueryState>
      <QueryState isPending={settings.isPending} error={settings.error}>
        {() => <ReminderSettingsForm settings={settings.data!} />}
      </QueryState>
    </Page>
  );
}

function Actions({ id, title, rows }: { id: string; title: string; rows: Line[] }) {
  return (
    <>
      <h2 className="govuk-heading-m" id={id}>
        {title}
      </h2>
      <DataTable
        labelledBy={id}
        rows={rows}
        rowKey={(a) => a.id}
        empty="None."
        columns={[
          {
            header: 'Ref',
            rowHeader: true,
            cell: (a) => (
              <Link className="govuk-link" to={`/actions/${a.id}`}>
                {a.ref}
              </Link>
            ),
          },
          { header: 'Action', cell: (a) => <ShortText text={a.text} /> },
          { header: 'Due', cell: (a) => formatDate(a.dueDate) || a.dueWording },
          { header: 'Last evidence', cell: (a) => formatDate(a.lastEvidenceOn) || 'None' },
          { header: 'RAG', cell: (a) => <RagTag rag={a.effectiveRag} /> },
        ]}
      />
    </>
  );
}
