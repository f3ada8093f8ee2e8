/** Text stays exactly as sent (the element renders it inert); a finite number becomes its text, anything else ''. */
export function toText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return '';
}
