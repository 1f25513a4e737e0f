import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Page } from '@/components/page';
import { QueryState } from '@/components/query-state';
import { SuccessBanner } from '@/components/success-banner';
import { useMe } from '@/lib/me';
import { can } from '@/lib/permissions';
import type { BulkResult } from './api/upload-file';
import { BatchHistory } from './components/batch-history';
import { UploadForm } from './components/upload-form';
import { kindLabel } from './utils/kinds';

/** Bulk uploads: a month's figures or updates from a file, checked first, applied as one batch. */
export default function UploadsPage() {
  const me = useMe();
  const client = useQueryClient();
  const [applied, setApplied] = useState<BulkResult>();

  return (
    <Page title="Uploads">
      <QueryState isPending={me.isPending} error={me.error}>
        {() =>
          !can(me.data, 'bulk') ? (
            <p className="govuk-body">
              Only the performance team and administrators can upload files.
            </p>
          ) : (
            <>
              {applied && (
                <SuccessBanner
                  key={applied.batchId}
                  heading={`${kindLabel(applied.kind)} applied as batch ${applied.batchId}`}
                >
                  <p className="govuk-body">
                    {applied.created} new, {applied.updated} changed, {applied.unchanged} unchanged.
                  </p>
                </SuccessBanner>
              )}
              <p className="govuk-body">
                Enter many records at once from a file. Every row is checked before anything is
                written: either every row is applied, as one batch, or none is. A batch can be
                reverted until its records are changed again.
              </p>
              <UploadForm
                onApplied={(result) => {
                  setApplied(result);
                  // The batch wrote records shown on other pages, and joins the history.
                  void client.invalidateQueries();
                }}
              />
              <BatchHistory />
            </>
          )
        }
      </QueryState>
    </Page>
  );
}
