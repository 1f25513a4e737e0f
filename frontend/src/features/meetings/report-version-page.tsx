import { useParams } from 'react-router';
import { Page } from '@/components/page';
import { QueryState } from '@/components/query-state';
import { formatDate, formatDateTime } from '@/lib/format';
import { packHref } from './api/get-report-versions';
import { useReportVersion } from './api/get-report-version';
import { ReportView } from './components/report-view';

/** A published version of a highlight report, exactly as it was published. */
export default function ReportVersionPage() {
  const params = useParams();
  const id = Number(params.id);
  const version = Number(params.version);
  const published = useReportVersion(id, version);
  const report = published.data?.report;
  return (
    <Page
      title={report ? `${report.boardName}, ${formatDate(report.meetingDate)}` : 'Published report'}
      caption={`Highlight report, version ${version}`}
      back={{ to: `/meetings/${id}`, label: 'The meeting' }}
    >
      <QueryState isPending={published.isPending} error={published.error}>
        {() => (
          <>
            <p className="govuk-body">
              Published by {published.data!.publishedBy} on{' '}
              {formatDateTime(published.data!.publishedAt)}. SHA-256{' '}
              <code className="app-hash">{published.data!.sha256}</code>.{' '}
              <a className="govuk-link app-no-print" href={packHref(id, version)} download>
                Download the PDF
              </a>
            </p>
            <ReportView report={published.data!.report} />
          </>
        )}
      </QueryState>
    </Page>
  );
}
