/** "RAG_PROPOSAL_ACCEPTED" → "RAG proposal accepted". */
export function humaniseEvent(event: string): string {
  const words = event
    .toLowerCase()
    .split('_')
    .filter(Boolean)
    .map((word) => (word === 'rag' ? 'RAG' : word));
  const text = words.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

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
