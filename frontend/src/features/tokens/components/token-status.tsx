import type { Schemas } from '@/lib/api-client';

export type TokenStatus = 'Active' | 'Revoked' | 'Expired';

export function tokenStatus(token: Schemas['TokenResponse'], now = new Date()): TokenStatus {
  if (token.revokedAt) return 'Revoked';
  if (new Date(token.expiresAt) <= now) return 'Expired';
  return 'Active';
}

const COLOURS: Record<TokenStatus, string> = {
  Active: 'govuk-tag--green',
  Revoked: 'govuk-tag--red',
  Expired: 'govuk-tag--grey',
};

export function TokenStatusTag({ status }: { status: TokenStatus }) {
  return <strong className={`govuk-tag ${COLOURS[status]}`}>{status}</strong>;
}
