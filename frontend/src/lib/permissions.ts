import type { Schemas } from './api-client';

export type Me = Schemas['MeResponse'];

export type Permission = Schemas['Permission'];

/** Whether the signed-in user may do something: controls they cannot use are not shown. */
export function can(me: Me | null | undefined, permission: Permission): boolean {
  return me?.permissions.includes(permission) ?? false;
}

/** Partners contribute only to the actions their organisation co-leads; staff to any. */
export function canContribute(
  me: Me | null | undefined,
  action: Pick<Schemas['ActionResponse'], 'partners'>,
): boolean {
  if (!me || !can(me, 'actions:contribute')) return false;
  if (me.role !== 'PARTNER') return true;
  return action.partners.some((p) => p.id === me.organisation.id);
}

/** Each role as people call it. */
export const ROLE_NAMES: Record<Schemas['Role'], string> = {
  ADMIN: 'Administrator',
  EDITOR: 'Editor',
  PERFORMANCE: 'Performance team',
  PARTNER: 'Partner',
  VIEWER: 'Viewer',
};
