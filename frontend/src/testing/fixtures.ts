import type { Schemas } from '@/lib/api-client';

/** Users as GET /api/v1/me returns them, one per role. */
export const users = {
  editor: {
    id: 2,
    username: 'editor',
    displayName: 'Erin Editor',
    organisation: { id: 1, name: 'Plymouth City Council', kind: 'COUNCIL' },
    role: 'EDITOR',
    permissions: [
      'actions:contribute',
      'audits:write',
      'indicators:define',
      'indicators:write',
      'plan:edit',
      'plan:read',
      'workforce:write',
    ],
    via: 'SESSION',
  },
  partner: {
    id: 5,
    username: 'partner',
    displayName: 'Paula Partner',
    organisation: { id: 2, name: 'Devon and Cornwall Police', kind: 'PARTNER' },
    role: 'PARTNER',
    permissions: ['actions:contribute', 'plan:read'],
    via: 'SESSION',
  },
  viewer: {
    id: 4,
    username: 'viewer',
    displayName: 'Vic Viewer',
    organisation: { id: 1, name: 'Plymouth City Council', kind: 'COUNCIL' },
    role: 'VIEWER',
    permissions: ['plan:read'],
    via: 'SESSION',
  },
  admin: {
    id: 1,
    username: 'admin',
    displayName: 'Administrator',
    organisation: { id: 1, name: 'Plymouth City Council', kind: 'COUNCIL' },
    role: 'ADMIN',
    permissions: [
      'actions:contribute',
      'admin',
      'audits:write',
      'bulk',
      'indicators:define',
      'indicators:write',
      'plan:edit',
      'plan:read',
      'workforce:write',
    ],
    via: 'SESSION',
  },
} satisfies Record<string, Schemas['MeResponse']>;
