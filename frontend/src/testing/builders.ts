import type { Schemas } from '@/lib/api-client';

/**
 * The API's answers as the contract types them: every field the API always sends, with empty or
 * null values unless a test says otherwise. A test names only the fields it is about.
 */

const AT = '2024-01-10T09:00:00Z';

export function anOrganisation(
  overrides: Partial<Schemas['OrganisationSummary']> = {},
): Schemas['OrganisationSummary'] {
  return { id: 1, name: 'Plymouth City Council', kind: 'COUNCIL', ...overrides };
}

/** The signed-in user, as GET /api/v1/me answers. */
export function me(overrides: Partial<Schemas['MeResponse']> = {}): Schemas['MeResponse'] {
  return {
    id: 1,
    username: 'user',
    displayName: 'A User',
    organisation: anOrganisation(),
    role: 'VIEWER',
    permissions: ['plan:read'],
    via: 'SESSION',
    scopes: null,
    grantableScopes: ['read'],
    ...overrides,
  };
}

export function aUser(overrides: Partial<Schemas['UserResponse']> = {}): Schemas['UserResponse'] {
  return {
    id: 1,
    username: 'user',
    displayName: 'A User',
    organisation: anOrganisation(),
    role: 'VIEWER',
    enabled: true,
    createdAt: AT,
    lastLoginAt: null,
    ...overrides,
  };
}

export function aToken(
  overrides: Partial<Schemas['TokenResponse']> = {},
): Schemas['TokenResponse'] {
  return {
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
    ...overrides,
  };
}

export function anAuditEvent(
  overrides: Partial<Schemas['AuditResponse']> = {},
): Schemas['AuditResponse'] {
  return {
    id: 1,
    occurredAt: AT,
    event: 'ACTION_UPDATED',
    entityType: 'Action',
    entityId: null,
    userId: null,
    username: null,
    organisationId: null,
    tokenId: null,
    requestId: null,
    clientAddress: null,
    before: null,
    after: null,
    ...overrides,
  };
}

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

export function aPriority(
  overrides: Partial<Schemas['PriorityResponse']> = {},
): Schemas['PriorityResponse'] {
  return {
    id: 1,
    planId: 1,
    number: 1,
    title: '',
    statement: '',
    actionCount: 0,
    effectiveRagCounts: {},
    ...overrides,
  };
}

export function aFinding(
  overrides: Partial<Schemas['FindingResponse']> = {},
): Schemas['FindingResponse'] {
  return {
    id: 1,
    planId: 1,
    source: '',
    paragraph: null,
    label: '',
    summary: '',
    priorityAction: false,
    answered: false,
    actions: [],
    ...overrides,
  };
}

export function anAction(
  overrides: Partial<Schemas['ActionResponse']> = {},
): Schemas['ActionResponse'] {
  return {
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
    ...overrides,
  };
}

export function aProgressUpdate(
  overrides: Partial<Schemas['ProgressUpdateResponse']> = {},
): Schemas['ProgressUpdateResponse'] {
  return { id: 1, date: '2024-01-10', author: '', text: '', recordedAt: AT, ...overrides };
}

export function aRagChange(
  overrides: Partial<Schemas['RagChangeResponse']> = {},
): Schemas['RagChangeResponse'] {
  return {
    id: 1,
    from: null,
    to: 'AMBER',
    reason: '',
    changedBy: '',
    changedAt: AT,
    ...overrides,
  };
}

export function aRagProposal(
  overrides: Partial<Schemas['RagProposalResponse']> = {},
): Schemas['RagProposalResponse'] {
  return {
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
    ...overrides,
  };
}

export function anIndicator(
  overrides: Partial<Schemas['IndicatorResponse']> = {},
): Schemas['IndicatorResponse'] {
  return {
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
    latest: null,
    direction: 'NO_TREND',
    targetStatus: 'NO_DATA',
    distanceToTarget: null,
    actions: [],
    version: 1,
    updatedAt: AT,
    ...overrides,
  };
}

export function aLinkedAction(
  overrides: Partial<Schemas['LinkedAction']> = {},
): Schemas['LinkedAction'] {
  return { id: 1, ref: '1.1', action: '', effectiveRag: null, ...overrides };
}

export function aValue(
  overrides: Partial<Schemas['ValueResponse']> = {},
): Schemas['ValueResponse'] {
  return {
    period: '2024-01',
    value: 0,
    numerator: null,
    denominator: null,
    status: 'FINAL',
    enteredBy: '',
    enteredAt: AT,
    revisions: 0,
    ...overrides,
  };
}

export function aRevision(
  overrides: Partial<Schemas['RevisionResponse']> = {},
): Schemas['RevisionResponse'] {
  return {
    id: 1,
    oldValue: 0,
    newValue: 0,
    oldNumerator: null,
    newNumerator: null,
    oldDenominator: null,
    newDenominator: null,
    oldStatus: 'FINAL',
    newStatus: 'FINAL',
    changedBy: '',
    changedAt: AT,
    ...overrides,
  };
}

export function aScorecardArea(overrides: Partial<Schemas['Area']> = {}): Schemas['Area'] {
  return { area: '', areaNote: null, priorityNumber: null, indicators: [], ...overrides };
}

export function aScorecardRow(overrides: Partial<Schemas['Row']> = {}): Schemas['Row'] {
  return {
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
    ...overrides,
  };
}
