/** The kinds of record that can be uploaded in bulk, as the API names them in its paths. */
export const KINDS = [
  { value: 'indicator-values', label: 'Indicator figures' },
  { value: 'action-updates', label: 'Action updates' },
  { value: 'caseload-snapshots', label: 'Caseload snapshots' },
  { value: 'team-snapshots', label: 'Team snapshots' },
  { value: 'audits', label: 'Case audits' },
] as const;

export type Kind = (typeof KINDS)[number]['value'];

/** A kind as people call it; a kind this page does not know keeps its API name. */
export function kindLabel(kind: string): string {
  return KINDS.find((k) => k.value === kind)?.label ?? kind;
}

export function templateUrl(kind: Kind): string {
  return `/api/v1/bulk/templates/${kind}.csv`;
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * The media type to send a file as, from its name: browsers often call a CSV file
 * "application/vnd.ms-excel", so its type is not to be trusted. Undefined for other files.
 */
export function mediaTypeOf(file: File): string | undefined {
  const name = file.name.toLowerCase();
  if (name.endsWith('.csv')) return 'text/csv';
  if (name.endsWith('.xlsx')) return XLSX;
  return undefined;
}
