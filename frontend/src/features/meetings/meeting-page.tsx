import { Link, useParams } from 'react-router';
import { DataTable } from '@/components/data-table';
import { Page } from '@/components/page';
import { QueryState } from '@/components/query-state';
import { SuccessBanner } from '@/components/success-banner';
import { formatDate, formatDateTime } from '@/lib/format';
import { useMe } from '@/lib/me';
import { can } from '@/lib/permissions';
import { useMeeting } from './api/get-meeting';
import { useReport } from './api/get-report';
import { packHref, useReportVersions } from './api/get-report-versions';
import { usePublishReport } from './api/publish-report';
import { ActionsArising } from './components/actions-arising';
import { CommentaryForm } from './components/commentary-form';
import { MeetingRecord } from './components/meeting-record';
import { ReportView } from './components/report-view';
import { RiskForm } from './components/risk-form';

/**
 * A board meeting: its published highlight reports (with their PDF packs), its record (attendees,
 * minutes, decisions) and actions arising; for editors, the draft report beside the form for
 * commentary and risks, publishing, and the forms that keep the record.
 */
export default function MeetingPage() {
  const id = Number(useParams().id);
  const meeting = useMeeting(id);
  const me = useMe().data ?? undefined;
  const editor = can(me, 'plan:edit');
  const title = meeting.data
    ? `${meeting.data.boardName}, ${formatDate(meeting.data.date)}`
    : 'Meeting';
  return (
    <Page
      title={title}
      caption={meeting.data?.status === 'HELD' ? 'Meeting held' : 'Meeting planned'}
      back={
        meeting.data ? { to: `/boards/${meeting.data.boardId}`, label: 'The board' } : undefined
      }
    >
      <QueryState isPending={meeting.isPending} error={meeting.error}>
        {() => (
          <>
            <PublishedVersions meetingId={id} />
            {editor && <Draft meetingId={id} />}
            <MeetingRecord meeting={meeting.data!} canEdit={editor} />
            <ActionsArising meetingId={id} canEdit={editor} />
          </>
        )}
      </QueryState>
    </Page>
  );
}

function PublishedVersions({ meetingId }: { meetingId: number }) {
  const versions = useReportVersions(meetingId);
  return (
    <section className="app-report-section" aria-labelledby="versions-heading">
      <h2 className="govuk-heading-m" id="versions-heading">
        Published reports
      </h2>
      <QueryState isPending={versions.isPending} error={versions.error}>
        {() => (
          <>
            {versions.data!.length > 0 && (
              <p className="govuk-body">
                <a className="govuk-link" href={packHref(meetingId)} download>
                  Download the board pack (PDF)
                </a>
              </p>
            )}
            <DataTable
              labelledBy="versions-heading"
              rows={versions.data!}
              rowKey={(v) => v.version}
              empty="The report has not been published yet."
              columns={[
                {
                  header: 'Version',
                  rowHeader: true,
                  cell: (v) => (
                    <Link
                      className="govuk-link"
                      to={`/meetings/${meetingId}/versions/${v.version}`}
                    >
                      Version {v.version}
                    </Link>
                  ),
                },
                { header: 'Published', cell: (v) => formatDateTime(v.publishedAt) },
                { header: 'By', cell: (v) => v.publishedBy },
                {
                  header: 'PDF',
                  cell: (v) => (
                    <a className="govuk-link" href={packHref(meetingId, v.version)} download>
                      PDF of version {v.version}
                    </a>
                  ),
                },
              ]}
            />
          </>
        )}
      </QueryState>
    </section>
  );
}

function Draft({ meetingId }: { meetingId: number }) {
  const report = useReport(meetingId, true);
  const publish = usePublishReport(meetingId);
  return (
    <section className="app-report-section" aria-labelledby="draft-heading">
      <h2 className="govuk-heading-l" id="draft-heading">
        Draft highlight report
      </h2>
      {publish.isSuccess && (
        <SuccessBanner heading={`Version ${publish.data.version} was published`}>
          <p className="govuk-body">
            <a className="govuk-link" href={packHref(meetingId, publish.data.version)} download>
              Download the PDF of version {publish.data.version}
            </a>
          </p>
        </SuccessBanner>
      )}
      <QueryState isPending={report.isPending} error={report.error}>
        {() => (
          <div className="govuk-grid-row">
            <div className="govuk-grid-column-two-thirds">
              <ReportView report={report.data!} />
              <button
                type="button"
                className="govuk-button"
                disabled={publish.isPending}
                onClick={() => publish.mutate()}
              >
                Publish the report
              </button>
            </div>
            <div className="govuk-grid-column-one-third app-no-print">
              <CommentaryForm meetingId={meetingId} report={report.data!} />
              <RiskForm meetingId={meetingId} priorities={report.data!.priorities} />
            </div>
          </div>
        )}
      </QueryState>
    </section>
  );
}
