import type { Schemas } from '@/lib/api-client';
import type { Me } from '@/lib/permissions';

export type Scope = Schemas['Scope'];

/** Every scope, in the order the form offers them, with what it lets a program do. */
export const SCOPES: { scope: Scope; description: string }[] = [
  { scope: 'read', description: 'Read the plan, actions, findings and indicators.' },
  {
    scope: 'actions:write',
    description: 'Change actions: record progress and RAG status, as your role allows.',
  },
  { scope: 'indicators:write', description: 'Enter indicator figures and define indicators.' },
  { scope: 'audits:write', description: 'Record case audit results.' },
  { scope: 'workforce:write', description: 'Enter workforce figures.' },
  { scope: 'bulk', description: 'Import and export data in bulk.' },
  { scope: 'admin', description: 'Manage users and organisations and read the audit log.' },
];

/** The scopes this user may grant, as the server says (GET /api/v1/me), in the form's order. */
export function grantableScopes(me: Me | null | undefined): Scope[] {
  const allowed = me?.grantableScopes ?? [];
  return SCOPES.map((s) => s.scope).filter((scope) => allowed.includes(scope));
}
