import type { Schemas } from '@/lib/api-client';
import { keysOf } from '@/lib/enums';
import type { Me } from '@/lib/permissions';

export type Scope = Schemas['Scope'];

/** Every scope, in the order the form offers them, with what it lets a program do. */
export const SCOPE_DESCRIPTIONS: Record<Scope, string> = {
  read: 'Read the plan, actions, findings and indicators.',
  'actions:write': 'Change actions: record progress and RAG status, as your role allows.',
  'indicators:write': 'Enter indicator figures and define indicators.',
  'audits:write': 'Record case audit results.',
  'workforce:write': 'Enter workforce figures.',
  bulk: 'Import and export data in bulk.',
  admin: 'Manage users and organisations and read the audit log.',
};

/** The scopes this user may grant, as the server says (GET /api/v1/me), in the form's order. */
export function grantableScopes(me: Me | null | undefined): Scope[] {
  const allowed = me?.grantableScopes ?? [];
  return keysOf(SCOPE_DESCRIPTIONS).filter((scope) => allowed.includes(scope));
}
