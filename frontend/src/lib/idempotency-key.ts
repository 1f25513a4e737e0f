/**
 * A new random Idempotency-Key, such as "upload-…" for `prefix` "upload". getRandomValues works
 * outside secure contexts too, where randomUUID is missing.
 */
export function newIdempotencyKey(prefix: string): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return `${prefix}-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}
