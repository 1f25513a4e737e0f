import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { DataTable } from '@/components/data-table';
import { ErrorSummary } from '@/components/error-summary';
import { Pagination } from '@/components/pagination';
import { QueryState } from '@/components/query-state';
import { SuccessBanner } from '@/components/success-banner';
import type { Schemas } from '@/lib/api-client';
import { formatDateTime } from '@/lib/format';
import { useBatches } from '../api/get-batches';
import { useRevertBatch } from '../api/revert-batch';
import { kindLabel } from '../utils/kinds';

const PAGE_SIZE = 20;

type Batch = Schemas['BatchResponse'];

/** Applied uploads, newest first, each of which can be reverted until its figures change. */
export function BatchHistory() {
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get('page')) || 1);
  const batches = useBatches(page, PAGE_SIZE);
  const revert = useRevertBatch();
  const [reverted, setReverted] = useState<number>();

  function revertBatch(batch: Batch) {
    setReverted(undefined);
    revert.mutate(batch.id, { onSuccess: () => setReverted(batch.id) });
  }

  return (
    <>
      <h2 className="govuk-heading-m govuk-!-margin-top-6" id="upload-history">
        Uploads applied
      </h2>
      {revert.error && (
        <ErrorSummary
          description={`Batch ${revert.variables} could not be reverted. ${revert.error.message}`}
        />
      )}
      {reverted !== undefined && (
        <SuccessBanner key={reverted} heading={`Batch ${reverted} reverted`}>
          <p className="govuk-body">Every record it created or changed is as it was before.</p>
        </SuccessBanner>
      )}
      <QueryState isPending={batches.isPending} error={batches.error}>
        {() => {
          const data = batches.data!;
          return (
            <>
              <DataTable
                labelledBy="upload-history"
                rows={data.items}
                rowKey={(b) => b.id}
                empty="No uploads have been applied."
                scroll={{ label: 'Uploads applied' }}
                columns={[
                  { header: 'Batch', cell: (b) => b.id, rowHeader: true },
                  { header: 'Kind', cell: (b) => kindLabel(b.kind) },
                  { header: 'File', cell: (b) => b.sourceName ?? 'Not named' },
                  {
                    header: 'Applied',
                    cell: (b) => `${formatDateTime(b.createdAt)} by ${b.createdBy}`,
                  },
                  { header: 'New', cell: (b) => b.created, numeric: true },
                  { header: 'Changed', cell: (b) => b.updated, numeric: true },
                  { header: 'Unchanged', cell: (b) => b.unchanged, numeric: true },
                  {
                    header: <span className="govuk-visually-hidden">Revert</span>,
                    key: 'revert',
                    cell: (b) =>
                      b.revertedAt ? (
                        `Reverted ${formatDateTime(b.revertedAt)} by ${b.revertedBy ?? 'someone'}`
                      ) : (
                        <button
                          type="button"
                          className="govuk-button govuk-button--warning govuk-!-margin-bottom-0"
                          data-module="govuk-button"
                          disabled={revert.isPending}
                          onClick={() => revertBatch(b)}
                        >
                          Revert<span className="govuk-visually-hidden"> batch {b.id}</span>
                        </button>
                      ),
                  },
                ]}
              />
              <Pagination
                page={data.page}
                totalPages={data.totalPages}
                onPage={(next) => setParams(next > 1 ? { page: String(next) } : {})}
              />
            </>
          );
        }}
      </QueryState>
    </>
  );
}
