/** Where an audited item is shown in the app, when it has a page. */
export function entityPath(entityType: string, entityId: string | null) {
  if (!entityId) return undefined;
  switch (entityType) {
    case 'Action':
      return `/actions/${entityId}`;
    case 'Indicator':
      return `/indicators/${entityId}`;
    default:
      return undefined;
  }
}
