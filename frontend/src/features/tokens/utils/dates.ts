/** A local day as YYYY-MM-DD, `days` days from today. */
export function dayFromToday(days: number, today = new Date()): string {
  const date = new Date(today.getFullYear(), today.getMonth(), today.getDate() + days);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The end of a local day (YYYY-MM-DD), as the ISO date-time the API takes. */
export function endOfDay(day: string): string {
  return new Date(`${day}T23:59:59`).toISOString();
}
