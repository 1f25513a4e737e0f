/**
 * The start of a long text, for tables that list many rows: cut at a word boundary and marked
 * with an ellipsis. The full text is on the row's own page, and in print, where nothing is cut.
 */
export function ShortText({ text, max = 120 }: { text: string; max?: number }) {
  const full = text.replace(/\s+/g, ' ').trim();
  const short = shorten(full, max);
  if (short === full) return <>{full}</>;
  return (
    <>
      <span className="app-short-text__screen">{short}</span>
      <span className="app-short-text__print">{full}</span>
    </>
  );
}

export function shorten(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > max * 0.6 ? cut.slice(0, lastSpace) : cut).replace(/[\s,.;:–-]+$/, '')}…`;
}
