import { DataTable } from '@/components/data-table';
import type { Schemas } from '@/lib/api-client';

type RowProblem = Schemas['RowProblem'];

/** The rows of a file the API refused or warned about: where each is, and why. */
export function RowProblemsTable({ caption, rows }: { caption: string; rows: RowProblem[] }) {
  return (
    <DataTable
      caption={caption}
      captionSize="s"
      rows={rows}
      scroll={{ label: caption }}
      columns={[
        { header: 'Line', cell: (r) => r.line, numeric: true, rowHeader: true },
        { header: 'Column', cell: (r) => r.column ?? 'Whole row' },
        { header: 'Value', cell: (r) => r.value ?? '' },
        { header: 'Reason', cell: (r) => r.reason },
      ]}
    />
  );
}
