import type { Schemas } from '@/lib/api-client';

/**
 * The API's answers as the contract types them: every field the API always sends, with empty or
 * null values unless a test says otherwise. A test names only the fields it is about.
 */

const AT = '2024-01-10T09:00:00Z';

/** A builder of one schema: its defaults, with the fields a test names put in their place. */
function builder<T>(defaults: T): (overrides?: Partial<T>) => T {
  return (overrides = {}) => ({ ...defaults, ...overrides });
}

export const anOrganisation = builder<Schemas['OrganisationSummary']>({
  id: 1,
  name: 'Plymouth City Council',
  kind: 'COUNCIL',
});

/** The signed-in user, as GET /api/v1/me answers. */
export const me = builder<Schemas['MeResponse']>({
  id: 1,
  username: 'user',
  displayName: 'A User',
  organisation: anOrganisation(),
  role: 'VIEWER',
  permissions: ['plan:read'],
  via: 'SESSION',
  scopes: null,
  grantableScopes: ['read'],
});

export const aUser = builder<Schemas['UserResponse']>({
  id: 1,
  username: 'user',
  displayName: 'A User',
  organisation: anOrganisation(),
  role: 'VIEWER',
  enabled: true,
  createdAt: AT,
  lastLoginAt: null,
});

export const aToken = builder<Schemas['TokenResponse']>({
  id: 1,
  name: 'Token',
  prefix: 'itk_00000000',
  scopes: ['read'],
  userId: 1,
  username: 'user',
  createdAt: AT,
  expiresAt: '2099-12-31T23:59:59Z',
  lastUsedAt: null,
  revokedAt: null,
});

export const anAuditEvent = builder<Schemas['AuditResponse']>({
  id: 1,
  occurredAt: AT,
  event: 'ACTION_UPDATED',
  entityType: 'Action',
  entityId: null,
  userId: null,
  username: null,
  actorName: null,
  subject: 'Action 1.1',
  changes: [],
  organisationId: null,
  tokenId: null,
  requestId: null,
  clientAddress: null,
  batchId: null,
  before: null,
  after: null,
});

/** One page of a listing; by default every item on one page. */
export function aPage<T>(
  items: T[],
  overrides: Partial<{ page: number; size: number; totalItems: number; totalPages: number }> = {},
) {
  return {
    items,
    page: 1,
    size: 50,
    totalItems: items.length,
    totalPages: items.length === 0 ? 0 : 1,
    ...overrides,
  };
}

export const aPriority = builder<Schemas['PriorityResponse']>({
  id: 1,
  planId: 1,
  number: 1,
  title: '',
  statement: '',
  actionCount: 0,
  effectiveRagCounts: { RED: 0, AMBER: 0, AMBER_E: 0, GREEN: 0, NONE: 0 },
});

export const aFinding = builder<Schemas['FindingResponse']>({
  id: 1,
  planId: 1,
  source: '',
  paragraph: null,
  label: '',
  summary: '',
  priorityAction: false,
  answered: false,
  actions: [],
});

export const anAction = builder<Schemas['ActionResponse']>({
  id: 1,
  planId: 1,
  priorityId: 1,
  priorityNumber: 1,
  ref: '1.1',
  desiredOutcome: '',
  action: '',
  leads: [],
  dueDate: null,
  dueWording: '',
  slippage: { originalDueDate: null, count: 0, totalDays: 0, longestDays: 0 },
  dueDateChanges: [],
  impact: '',
  measure: '',
  rag: null,
  effectiveRag: null,
  overdue: false,
  archived: false,
  archivedAt: null,
  findings: [],
  indicators: [],
  partners: [],
  progressUpdateCount: 0,
  latestProgressUpdate: null,
  version: 1,
  createdAt: AT,
  updatedAt: AT,
});

export const aProgressUpdate = builder<Schemas['ProgressUpdateResponse']>({
  id: 1,
  date: '2024-01-10',
  author: '',
  text: '',
  recordedAt: AT,
});

export const aRagChange = builder<Schemas['RagChangeResponse']>({
  id: 1,
  from: null,
  to: 'AMBER',
  reason: '',
  evidence: null,
  changedBy: '',
  changedAt: AT,
});

export const aRagProposal = builder<Schemas['RagProposalResponse']>({
  id: 1,
  actionId: 1,
  actionRef: '1.1',
  currentRag: null,
  proposedRag: 'GREEN',
  reason: '',
  status: 'PENDING',
  proposedBy: '',
  organisation: '',
  createdAt: AT,
  decidedBy: null,
  decidedAt: null,
  decisionNote: null,
});

export const anIndicator = builder<Schemas['IndicatorResponse']>({
  id: 1,
  planId: 1,
  priorityId: null,
  priorityNumber: null,
  number: 1,
  name: '',
  area: '',
  areaNote: null,
  unit: 'COUNT',
  basis: 'IN_MONTH',
  polarity: 'HIGHER_IS_BETTER',
  target: { kind: 'TBC' },
  mtfp: null,
  flags: [],
  dataStatus: null,
  derivation: null,
  formula: null,
  latest: null,
  direction: 'NO_TREND',
  targetStatus: 'NO_DATA',
  distanceToTarget: null,
  actions: [],
  version: 1,
  updatedAt: AT,
});

export const aValue = builder<Schemas['ValueResponse']>({
  period: '2024-01',
  value: 0,
  numerator: null,
  denominator: null,
  status: 'FINAL',
  enteredBy: '',
  enteredAt: AT,
  revisions: 0,
  version: 0,
});

export const aRevision = builder<Schemas['RevisionResponse']>({
  id: 1,
  oldValue: 0,
  newValue: 0,
  oldNumerator: null,
  newNumerator: null,
  oldDenominator: null,
  newDenominator: null,
  oldStatus: 'FINAL',
  newStatus: 'FINAL',
  reason: null,
  changedBy: '',
  changedAt: AT,
  batchId: null,
});

/** What a bulk upload did, or would do: nothing, by default. */
export const aBulkResult = builder<Schemas['BulkResult']>({
  kind: 'indicator-values',
  batchId: null,
  created: 0,
  updated: 0,
  unchanged: 0,
  rejected: 0,
  warned: 0,
  errors: [],
  warnings: [],
});

export const aScorecardArea = builder<Schemas['Area']>({
  area: '',
  areaNote: null,
  priorityNumber: null,
  indicators: [],
});

export const aScorecardRow = builder<Schemas['Row']>({
  id: 1,
  number: 1,
  name: '',
  unit: 'COUNT',
  basis: 'IN_MONTH',
  polarity: 'HIGHER_IS_BETTER',
  flags: [],
  mtfp: null,
  target: { kind: 'TBC' },
  dataStatus: null,
  values: [],
  direction: 'NO_TREND',
  targetStatus: 'NO_DATA',
  distanceToTarget: null,
});

/**
 * A field of an audited change. The document types before/after values as JSON objects (any JSON
 * value, in fact): a date is a string.
 */
export function dueDateChange(from: string, to: string): Schemas['FieldChange'] {
  return { field: 'dueDate', from: from as never, to: to as never };
}
