/**
 * What the seven source inputs amount to, told apart as the architecture's "Which poll" asks: nothing named yet
 * (idle), named but not complete yet or without a transport yet (held back for a grace period: frameworks set
 * properties one by one, BX24.js may load late), present and wrong (reported at once), or a poll source.
 */
import { given, IM_CONNECTOR, refKey, toPollRef } from '../api/poll-ref.js';
import type { PollRef } from '../api/types.js';
import { boundedTransport } from '../connection/bounded-transport.js';
import { resolveTransport } from '../connection/resolve-transport.js';
import { asB24Error, B24Error } from '../transport/b24-error.js';
import type { B24Transport } from '../transport/types.js';
import type { PollSource } from './port.js';

/** The element's inputs that name the poll and the transport. */
export interface SourceInputs {
  attachId?: number | string | undefined;
  moduleId?: string | undefined;
  entityType?: string | undefined;
  entityId?: number | string | undefined;
  signedAttachId?: string | undefined;
  webhookUrl?: string | undefined;
  transport?: B24Transport | undefined;
}

/** The source inputs, in a fixed order: the five poll attributes, then the two ways to the transport. */
const SOURCE_INPUTS = [
  'attachId', 'moduleId', 'entityType', 'entityId', 'signedAttachId', 'webhookUrl', 'transport',
] as const satisfies ReadonlyArray<keyof SourceInputs>;

/** The source inputs' values, in a fixed order: a change of any of them restarts the grace period. */
export function sourceInputValues(inputs: SourceInputs): readonly unknown[] {
  return SOURCE_INPUTS.map((name) => inputs[name]);
}

/** What the inputs amount to. `error` is what would be reported (for `idle`, only when a method is called). */
export type Resolution =
  | { kind: 'idle'; error: B24Error }
  | { kind: 'held'; error: B24Error; key: string; needsTransport: boolean }
  | { kind: 'wrong'; error: B24Error }
  | { kind: 'ready'; source: PollSource };

/** True when at least one of the five poll attributes is set. */
export function namesPoll(inputs: SourceInputs): boolean {
  return sourceInputValues(inputs).slice(0, 5).some(given);
}

/** Resolves the inputs (the transport included: a `window.BX24` that appeared since is found here). */
export function resolveSource(inputs: SourceInputs): Resolution {
  let ref: PollRef | null = null;
  let refError: B24Error | null = null;
  try {
    ref = toPollRef(inputs);
  } catch (error) {
    refError = asB24Error(error, 'INVALID_CONFIG', 'the poll attributes are not valid');
    if (!namesPoll(inputs)) return { kind: 'idle', error: refError };
    // Held back only when the entity triple fails because a piece is still missing: with the missing pieces filled
    // in, every value that is present passes. A present value that is wrong is never held back.
    const { attachId, moduleId, entityType, entityId } = inputs;
    let onlyMissing = !given(attachId) && [moduleId, entityType, entityId].some(given);
    try {
      if (onlyMissing) {
        toPollRef({
          moduleId: given(moduleId) ? moduleId : 'im',
          entityType: given(entityType) ? entityType : IM_CONNECTOR,
          entityId: given(entityId) ? entityId : 1,
        });
      }
    } catch {
      onlyMissing = false;
    }
    if (!onlyMissing) return { kind: 'wrong', error: refError };
  }
  const transport = resolveTransport(inputs.transport, inputs.webhookUrl);
  if (transport instanceof B24Error) {
    if (transport.code !== 'NO_TRANSPORT') return { kind: 'wrong', error: transport };
    return { kind: 'held', error: refError ?? transport, key: ref ? refKey(ref) : '', needsTransport: true };
  }
  if (!ref) return { kind: 'held', error: refError!, key: '', needsTransport: false };
  return { kind: 'ready', source: { ref, key: refKey(ref), transport: boundedTransport(transport) } };
}

/** Whether two resolutions name the same thing (so nothing of the poll on screen needs to go). */
export function sameResolution(a: Resolution, b: Resolution): boolean {
  if (a.kind === 'ready' || b.kind === 'ready') {
    return a.kind === 'ready' && b.kind === 'ready' && a.source.key === b.source.key
      && a.source.transport === b.source.transport;
  }
  // The same kind with the same error (code and text); a held one also for the same poll, missing the same thing.
  return a.kind === b.kind && a.error.code === b.error.code && a.error.description === b.error.description
    && (a.kind !== 'held' || (b.kind === 'held' && a.key === b.key && a.needsTransport === b.needsTransport));
}
