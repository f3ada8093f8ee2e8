/**
 * Helpers for tests that talk to the portal emulator. It runs twice: mounted on the test page's own origin
 * (`/rest/...`, `/__portal/...`) and on its own port (cross-origin, real CORS); each instance has its own state,
 * so every helper takes `{ crossOrigin }` to pick one.
 */

/** Which emulator instance a helper talks to. */
export interface PortalTarget {
  /** The instance on its own port (a different origin from the test page). Default: the same-origin instance. */
  crossOrigin?: boolean;
}

/** A fault the emulator injects into matching REST requests. */
export interface PortalFault {
  kind:
    | 'rate-limit'
    | 'operation-limit'
    | 'internal-error'
    | 'insufficient-scope'
    | 'expired-token'
    | 'latency'
    | 'html-502'
    | 'drop-before'
    | 'drop-after'
    | 'drop-early'
    | 'malformed-json'
    | 'truncated-json'
    | 'hang'
    | 'replay'
    | 'echo';
  /** Only requests for this method (case-insensitive); all methods when absent. */
  method?: string;
  /** How many matching requests it applies to. */
  times?: number;
  /** For `latency`: the delay. */
  ms?: number;
  /** For `operation-limit`: seconds until `operating_reset_at`. */
  resetInSeconds?: number;
  /** `false`: the fault's answer comes without CORS headers (a proxy error page), unreadable cross-origin. */
  cors?: boolean;
  /** For `echo`: a webhook code the portal accepts besides `demo` (and then quotes back in its error texts). */
  code?: string;
}

/** One REST request as the emulator logged it (the auth kind, never the secret). */
export interface PortalLogEntry {
  seq: number;
  method: string;
  params: Record<string, unknown>;
  contentType: string;
  auth: string;
  userId: number | null;
  status: number;
  httpMethod: string;
  path: string;
  [key: string]: unknown;
}

let crossOriginPromise: Promise<string> | null = null;

/** The cross-origin emulator's base URL (no trailing slash), learned once from `GET /__test/cross-origin`. */
export function crossOriginUrl(): Promise<string> {
  crossOriginPromise ??= fetch('/__test/cross-origin')
    .then((response) => response.json() as Promise<{ url: string }>)
    .then(({ url }) => url.replace(/\/+$/, ''));
  return crossOriginPromise;
}

/** The base URL of the chosen instance (no trailing slash). */
export async function portalBase(target: PortalTarget = {}): Promise<string> {
  return target.crossOrigin ? crossOriginUrl() : location.origin;
}

async function control<T>(path: string, target: PortalTarget, body?: unknown): Promise<T> {
  const base = await portalBase(target);
  const response = await fetch(`${base}/__portal/${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
    cache: 'no-store',
  });
  if (!response.ok) throw new Error(`portal control ${path}: HTTP ${response.status}`);
  const text = await response.text();
  return (text ? JSON.parse(text) : {}) as T;
}

/** Restores the seeded polls, clears faults, limits and the log. */
export async function reset(target: PortalTarget = {}): Promise<void> {
  await control('reset', target, {});
}

/** Queues faults for the next matching requests. */
export async function addFaults(faults: PortalFault[], target: PortalTarget = {}): Promise<void> {
  await control('faults', target, { faults });
}

/** Switches the emulator's leaky-bucket rate limit on (`{ burst, perSecond }`) or off (`null`). */
export async function setLimits(rateLimit: { burst: number; perSecond: number } | null, target: PortalTarget = {}): Promise<void> {
  await control('limits', target, { rateLimit });
}

/** The REST requests logged since the last reset. */
export async function log(target: PortalTarget = {}): Promise<PortalLogEntry[]> {
  const { requests } = await control<{ requests: PortalLogEntry[] }>('log', target);
  return requests;
}

/** The logged requests for one method (case-insensitive). */
export async function requestsFor(method: string, target: PortalTarget = {}): Promise<PortalLogEntry[]> {
  const wanted = method.toLowerCase();
  return (await log(target)).filter((entry) => String(entry.method).toLowerCase() === wanted);
}

/** The emulator's current state (polls, ballots). */
export async function state<T = unknown>(target: PortalTarget = {}): Promise<T> {
  return control<T>('state', target);
}

/** A webhook URL for `userId` (code `demo`, valid for any numeric user unless another code is given). */
export async function webhookUrl(userId: number, options: PortalTarget & { code?: string } = {}): Promise<string> {
  return `${await portalBase(options)}/rest/${userId}/${options.code ?? 'demo'}/`;
}

/** The OAuth REST base of the chosen instance (tokens: `token-{userId}` valid, `expired-{userId}` expired). */
export async function restUrl(target: PortalTarget = {}): Promise<string> {
  return `${await portalBase(target)}/rest/`;
}

/** Waits `ms` milliseconds. */
export function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
