/**
 * The keys of a lookup table keyed by one of the API's enums, in the table's order. A table typed
 * `Record<Schemas['X'], …>` names every value of the enum, so its keys are the whole enum.
 */
export function keysOf<K extends string>(table: Record<K, unknown>): K[] {
  return Object.keys(table) as K[];
}

/** Whether a value is one of the keys of such a table: a value of the enum. */
export function isKeyOf<K extends string>(table: Record<K, unknown>, value: unknown): value is K {
  return typeof value === 'string' && Object.hasOwn(table, value);
}
