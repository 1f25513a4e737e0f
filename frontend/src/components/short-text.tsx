/**
 * The start of a long text, for tables that list many rows: cut at a word boundary and marked
 * with an ellipsis. The full text is on the row's own page.
 */
export function ShortText({ text, max = 120 }: { text: string; max?: number }) {
  return <>{shorten(text, max)}</>;
}

export function shorten(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > max * 0.6 ? cut.slice(0, lastSpace) : cut).replace(/[\s,.;:–-]+$/, '')}…`;
}
