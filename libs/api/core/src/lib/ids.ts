const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids are UUIDs; anything else cannot name a row, so lookups answer NOT_FOUND instead of a SQL error. */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}
