import { createFetchTransport } from '../../../src/transport/fetch-transport.js';
import type { B24Transport } from '../../../src/transport/types.js';

/** The emulator's webhook base for user `userId`, on the test page's own origin. */
export function webhookUrl(userId = 1): string {
  return `${location.origin}/rest/${userId}/demo/`;
}

/**
 * A real fetch transport to the emulator. The client-side rate limit is off: these tests count requests on the
 * portal's log and would otherwise wait for the standard plan's 2 per second.
 */
export function portalTransport(userId = 1): B24Transport {
  return createFetchTransport({ webhookUrl: webhookUrl(userId), rateLimit: false });
}

/** Forgets every vote, poll and fault: each test starts from the seeded portal. */
export async function resetPortal(): Promise<void> {
  const res = await fetch('/__portal/reset', { method: 'POST' });
  if (!res.ok) throw new Error(`reset failed: ${res.status}`);
}

/** One request as the emulator logged it. */
export interface LoggedRequest {
  method: string;
  params: Record<string, unknown>;
  status: number;
  batch?: unknown;
  [key: string]: unknown;
}

/** What went over the wire since the last reset. */
export async function portalLog(): Promise<LoggedRequest[]> {
  const res = await fetch('/__portal/log');
  if (!res.ok) throw new Error(`log failed: ${res.status}`);
  const body = (await res.json()) as { requests: LoggedRequest[] };
  return body.requests;
}

/** The logged requests to REST methods (the control routes are not REST). */
export async function restLog(): Promise<LoggedRequest[]> {
  return (await portalLog()).filter((r) => typeof r.method === 'string' && r.method !== '');
}

/** Switches emulator faults on (`{ kind, method?, times? }` or a list of them) until the next reset. */
export async function setFaults(faults: unknown): Promise<void> {
  const res = await fetch('/__portal/faults', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(faults),
  });
  if (!res.ok) throw new Error(`faults failed: ${res.status} ${await res.text()}`);
}
