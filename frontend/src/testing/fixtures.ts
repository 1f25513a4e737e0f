import { anOrganisation, me } from './builders';

const council = anOrganisation({ id: 1, name: 'Plymouth City Council', kind: 'COUNCIL' });
const police = anOrganisation({ id: 2, name: 'Devon and Cornwall Police', kind: 'PARTNER' });

/** Users as GET /api/v1/me returns them, one per role. */
export const users = {
  editor: me({
    id: 2,
    username: 'editor',
    displayName: 'Erin Editor',
    organisation: council,
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
    grantableScopes: [
      'actions:write',
      'audits:write',
      'indicators:write',
      'read',
      'workforce:write',
    ],
  }),
  partner: me({
    id: 5,
    username: 'partner',
    displayName: 'Paula Partner',
    organisation: police,
    role: 'PARTNER',
    permissions: ['actions:contribute', 'plan:read'],
    via: 'SESSION',
    grantableScopes: ['actions:write', 'read'],
  }),
  viewer: me({
    id: 4,
    username: 'viewer',
    displayName: 'Vic Viewer',
    organisation: council,
    role: 'VIEWER',
    permissions: ['plan:read'],
    via: 'SESSION',
    grantableScopes: ['read'],
  }),
  admin: me({
    id: 1,
    username: 'admin',
    displayName: 'Administrator',
    organisation: council,
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
    grantableScopes: [
      'actions:write',
      'admin',
      'audits:write',
      'bulk',
      'indicators:write',
      'read',
      'workforce:write',
    ],
  }),
};
