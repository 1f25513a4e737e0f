/**
 * An audit event in words: as `names` calls it, or else read from its code, as in
 * "RAG_PROPOSAL_ACCEPTED" → "RAG proposal accepted". Each page names the events it explains.
 */
export function eventName(event: string, names: Record<string, string> = {}): string {
  return names[event] ?? fromCode(event);
}

function fromCode(event: string): string {
  const text = event
    .toLowerCase()
    .split('_')
    .filter(Boolean)
    .map((word) => (word === 'rag' ? 'RAG' : word))
    .join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}
