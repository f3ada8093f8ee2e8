/**
 * A new idempotency key: a lowercase UUID v4, the only form Bitrix24 de-duplicates by (`Bitrix\Im\Message\Uuid`).
 * `crypto.randomUUID` exists only in secure contexts; a page on plain http gets one from `getRandomValues`.
 */
export function newTemplateId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID().toLowerCase();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Whether a stored key is still one the portal de-duplicates by. */
export function isTemplateId(value: unknown): value is string {
  return typeof value === 'string' && /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(value);
}
