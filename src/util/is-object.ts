/** A plain JSON-style object: not null and not an array (PHP sends empty maps as `[]`). */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
