/**
 * REST parameters as a form body (`application/x-www-form-urlencoded`), the way PHP reads one: nested keys
 * (`ballot[12][]=34`, `cmd[p1]=...`), since a form POST is a CORS "simple request" and a JSON POST is not (every
 * JSON call would cost a preflight round trip: Bitrix24 sends no `Access-Control-Max-Age`).
 *
 * PHP has no types, so the rules are: `null`, `undefined`, functions, symbols and non-finite numbers are left out
 * (JSON would drop them too), as are empty arrays and objects (PHP cannot receive an empty array by form);
 * `true` is `1`, `false` is `0`; objects with `toJSON` (dates) are sent as what it returns; every key and value is
 * percent-encoded (unicode, `+ & = [ ]` included), only the brackets of the nesting stay literal.
 */
import { invalidConfig } from './b24-error.js';
import { isObject } from '../util/is-object.js';

/** A key or value, percent-encoded; a string with a lone surrogate cannot be encoded and throws. */
function encode(text: string): string {
  try {
    return encodeURIComponent(text);
  } catch {
    throw invalidConfig('A REST parameter contains text that cannot be sent (a broken unicode character).');
  }
}

/** A leaf value as PHP would read it, or null for one that is left out (see the module comment). */
function scalar(value: unknown): string | null {
  if (typeof value === 'boolean') return value ? '1' : '0';
  return typeof value === 'string' || typeof value === 'bigint' || Number.isFinite(value) ? String(value) : null;
}

function append(name: string, input: unknown, out: string[], open: Set<object>): void {
  let value = input;
  if (typeof value === 'object' && value !== null && typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    value = (value as { toJSON(): unknown }).toJSON();
  }
  if (typeof value !== 'object' || value === null) {
    const text = scalar(value);
    if (text !== null) out.push(`${name}=${encode(text)}`);
    return;
  }
  if (open.has(value)) throw invalidConfig('The REST parameters refer to themselves and cannot be sent.');
  open.add(value);
  if (Array.isArray(value)) {
    // `name[]` is what PHP (and BX24.js's users) expect for a list of IDs; a list holding objects needs explicit
    // indexes, or PHP would start a new element at each `name[][field]`.
    const indexed = value.some((item) => typeof item === 'object' && item !== null);
    value.forEach((item, i) => append(indexed ? `${name}[${i}]` : `${name}[]`, item, out, open));
  } else {
    for (const [key, item] of Object.entries(value)) append(`${name}[${encode(key)}]`, item, out, open);
  }
  open.delete(value);
}

/**
 * The form body for `params`. Throws `INVALID_CONFIG` for parameters that cannot be sent (a cycle, a broken
 * unicode string); the message never quotes a value.
 */
export function encodeForm(params: Record<string, unknown>): string {
  const out: string[] = [];
  const open = new Set<object>();
  for (const [key, value] of Object.entries(params)) append(encode(key), value, out, open);
  return out.join('&');
}

/** The `[method, params]` of a `batch` command given as `[method, params]` or `{ method, params }`; else undefined. */
export function commandParts(command: unknown): unknown[] | undefined {
  return Array.isArray(command) ? command : isObject(command) ? [command.method, command.params] : undefined;
}

/**
 * A `batch` command as the portal reads it: a `"method?query"` string. Commands given as `[method, params]` or
 * `{ method, params }` are turned into one, their params form-encoded like a request's; anything else is kept.
 */
export function batchCommandText(command: unknown): unknown {
  const [method, params] = commandParts(command) ?? [];
  if (typeof method !== 'string') return command;
  const query = typeof params === 'object' && params !== null ? encodeForm(params as Record<string, unknown>) : '';
  return query ? `${method}?${query}` : method;
}

/** `params` of a call, with the commands of a `batch` as query strings (other methods' params unchanged). */
export function restParams(method: string, params: Record<string, unknown>): Record<string, unknown> {
  if (method.toLowerCase() !== 'batch') return params;
  const cmd = params.cmd;
  if (typeof cmd !== 'object' || cmd === null) return params;
  const commands = Array.isArray(cmd)
    ? cmd.map(batchCommandText)
    : Object.fromEntries(Object.entries(cmd).map(([key, command]) => [key, batchCommandText(command)]));
  return { ...params, cmd: commands };
}
