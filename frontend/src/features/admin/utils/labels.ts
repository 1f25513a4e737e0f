import type { Schemas } from '@/lib/api-client';
import { keysOf } from '@/lib/enums';
import { ROLE_NAMES } from '@/lib/permissions';

export type Role = Schemas['Role'];
export type OrganisationKind = Schemas['OrganisationKind'];

export const KIND_NAMES: Record<OrganisationKind, string> = {
  COUNCIL: 'Council',
  PARTNER: 'Partner agency',
};

/** The roles an organisation's users may have (the API refuses the others). */
export function rolesFor(kind: OrganisationKind | undefined): Role[] {
  if (kind === 'PARTNER') return ['PARTNER', 'VIEWER'];
  if (kind === 'COUNCIL') return ['ADMIN', 'EDITOR', 'PERFORMANCE', 'VIEWER'];
  return keysOf(ROLE_NAMES);
}

export const ENTITY_TYPES = [
  'Action',
  'Indicator',
  'Finding',
  'User',
  'ApiToken',
  'Organisation',
  'Plan',
] as const;

const ENTITY_NAMES: Record<string, string> = { ApiToken: 'API token' };

export function entityName(entityType: string): string {
  return ENTITY_NAMES[entityType] ?? entityType;
}

/** The events the audit log names in its own words; the others are read from their codes. */
export const EVENT_NAMES: Record<string, string> = {
  RAG_CHANGED: 'RAG status changed',
  RAG_PROPOSED: 'RAG change proposed',
  RAG_PROPOSAL_ACCEPTED: 'RAG proposal accepted',
  RAG_PROPOSAL_REJECTED: 'RAG proposal rejected',
  USER_UPDATED_PASSWORD_CHANGED: 'User updated, password changed',
  TOKEN_CREATED: 'API token created',
  TOKEN_REVOKED: 'API token revoked',
  LOGIN: 'Signed in',
  LOGIN_FAILED: 'Sign-in failed',
  LOGOUT: 'Signed out',
};
