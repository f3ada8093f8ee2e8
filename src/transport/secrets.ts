/**
 * Keeps secrets out of errors. Descriptions come from the portal and are passed on to event details; a portal (or
 * a proxy in front of it) that echoes the request would otherwise leak a webhook code or a token into the page.
 */
import { B24Error } from './b24-error.js';

const MASK = '***';

/** `text` with every occurrence of every secret replaced by `***`. Secrets shorter than 3 characters are ignored. */
export function redact(text: string, secrets: Iterable<string>): string {
  let out = text;
  for (const secret of secrets) {
    if (secret.length >= 3 && out.includes(secret)) out = out.split(secret).join(MASK);
  }
  return out;
}

/** The same error with secrets masked in its code and description (the error itself when nothing matched). */
export function redactError(error: B24Error, secrets: Iterable<string>): B24Error {
  const list = [...secrets];
  const code = redact(error.code, list);
  const description = redact(error.description, list);
  if (code === error.code && description === error.description) return error;
  return new B24Error(code, description, error.status, error.time ? { time: error.time } : undefined);
}
