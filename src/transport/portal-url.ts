/**
 * Validation of the portal URLs a host configures. Error messages name the rule that failed and at most the
 * portal's origin, never the path: the path of a webhook URL holds its secret code.
 */
import { invalidConfig } from './b24-error.js';

/** True for hosts that never leave the machine: `localhost`, `127.x.x.x` and `[::1]`. */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase();
  return host === 'localhost' || host === '[::1]' || /^127(?:\.\d{1,3}){3}$/.test(host);
}

/** The origin of the URL `url()` gives, or undefined when it throws or gives no URL. */
export function originOf(url: () => string): string | undefined {
  try {
    return new URL(url()).origin;
  } catch {
    return undefined;
  }
}

/** Parses an absolute http(s) URL and applies the shared rules (https, or http on loopback; no user info). */
function parsePortalUrl(value: unknown, name: string): URL {
  if (typeof value !== 'string' || value.trim() === '') throw invalidConfig(`${name} is missing.`);
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw invalidConfig(`${name} is not an absolute URL.`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw invalidConfig(`${name} must be an https: URL.`);
  }
  if (url.protocol === 'http:' && !isLoopbackHost(url.hostname)) {
    // Plain http would send the secret in clear text; only loopback (the local emulator) is exempt.
    throw invalidConfig(`${name} must use https: (plain http: is accepted only for localhost, 127.x.x.x and [::1]); got ${url.origin}.`);
  }
  if (url.username || url.password) throw invalidConfig(`${name} must not contain a user name or password.`);
  if (url.search || url.hash) throw invalidConfig(`${name} must not have a query string or a fragment.`);
  return url;
}

/** A validated incoming-webhook URL. */
export interface WebhookLocation {
  /** The portal's origin. */
  origin: string;
  /** `{origin}/rest/{userId}/{code}/`, to which the method name is appended. */
  base: string;
  /** The webhook's secret code (as it appears in the path, and decoded; maybe twice the same), so errors can be scrubbed of it. */
  secrets: string[];
}

/** `/rest/{user ID}/{code}/`: the ID a positive number, the code one path segment. */
const WEBHOOK_PATH = /^\/rest\/([1-9]\d*)\/([^/]+)\/?$/;

/**
 * Validates `https://portal/rest/{userId}/{code}/` (trailing slash optional; plain http only for loopback hosts).
 * Throws `INVALID_CONFIG` with a message that never contains the code.
 */
export function parseWebhookUrl(value: unknown): WebhookLocation {
  const url = parsePortalUrl(value, 'webhookUrl');
  const match = WEBHOOK_PATH.exec(url.pathname);
  if (!match) {
    throw invalidConfig(`webhookUrl must look like https://{portal}/rest/{numeric user ID}/{webhook code}/ (portal ${url.origin}).`);
  }
  const code = match[2]!;
  let decoded: string;
  try {
    decoded = decodeURIComponent(code);
  } catch {
    throw invalidConfig(`webhookUrl has a badly encoded webhook code (portal ${url.origin}).`);
  }
  return {
    origin: url.origin,
    base: `${url.origin}/rest/${match[1]}/${code}/`,
    secrets: [code, decoded],
  };
}

/** A validated OAuth REST base. */
export interface RestLocation {
  /** The portal's origin. */
  origin: string;
  /** The REST base with a trailing slash, e.g. `https://portal.bitrix24.com/rest/`. */
  base: string;
}

/** Validates an OAuth REST base such as `https://portal.bitrix24.com/rest/` (the OAuth `client_endpoint`). */
export function parseRestUrl(value: unknown): RestLocation {
  const url = parsePortalUrl(value, 'restUrl');
  const path = url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`;
  return { origin: url.origin, base: `${url.origin}${path}` };
}
