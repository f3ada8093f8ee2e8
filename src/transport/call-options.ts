/** Option checks shared by every transport factory. */
import { invalidConfig } from './b24-error.js';

/** Default per-request timeout: Bitrix24 itself stops a request after 60 s, a user gives up much sooner. */
export const DEFAULT_TIMEOUT_MS = 30_000;

/** Validates `timeoutMs`: a positive finite number of milliseconds; `fallback` when absent. */
export function resolveTimeout<T extends number | undefined>(value: unknown, fallback: T): number | T {
  if (value === undefined) return fallback;
  if (!Number.isFinite(value) || (value as number) <= 0) {
    throw invalidConfig('timeoutMs must be a positive number of milliseconds.');
  }
  return value as number;
}

/**
 * Validates a method name: letters, digits, dots and underscores, as every REST method is named. Anything else
 * (a slash, `..`, a query string) would change the URL the method name is appended to.
 */
export function checkMethod(method: unknown): void {
  if (typeof method !== 'string' || !/^[A-Za-z0-9_.]+$/.test(method)) {
    throw invalidConfig('The REST method name must consist of letters, digits, dots and underscores.');
  }
}

/** Validates an optional function option called `name`. */
export function checkFunction(value: unknown, name: string): void {
  if (value !== undefined && typeof value !== 'function') throw invalidConfig(`${name} must be a function.`);
}
