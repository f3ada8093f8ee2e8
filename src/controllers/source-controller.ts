/**
 * Which poll, through which transport: the seven source inputs become a poll source or the configuration error
 * that keeps the poll from loading. Owns the poll's scope: an AbortSignal that fires when the poll is dropped
 * (another poll named, or the element removed from the page), and the subscription to peers' writes.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { subscribePollUpdates, publishPollUpdate } from '../api/poll-updates.js';
import { refKey, toPollRef } from '../api/poll-ref.js';
import type { RawAttach } from '../api/types.js';
import { resolveTransport } from '../connection/resolve-transport.js';
import { B24Error, isB24Error } from '../transport/b24-error.js';
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

function sourceOf(inputs: SourceInputs): PollSource | B24Error {
  try {
    const ref = toPollRef(inputs);
    const transport = resolveTransport(inputs.transport, inputs.webhookUrl);
    return transport instanceof B24Error ? transport : { ref, key: refKey(ref), transport };
  } catch (error) {
    return isB24Error(error) ? error : new B24Error('INVALID_CONFIG', 'the poll attributes are not valid');
  }
}

function sameSource(a: PollSource | B24Error | null, b: PollSource | B24Error): boolean {
  if (a instanceof B24Error || b instanceof B24Error) {
    return a instanceof B24Error && b instanceof B24Error && a.code === b.code && a.description === b.description;
  }
  return a !== null && a.key === b.key && a.transport === b.transport;
}

/** Resolves the poll source on every update and drops everything of the old poll when it changes. */
export class SourceController implements ReactiveController {
  private _current: PollSource | B24Error | null = null;
  private scope = new AbortController();
  /** Identifies this element in the page's poll-updates hub for the current scope. */
  private token: object = {};
  private unsubscribe: (() => void) | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly inputs: SourceInputs,
    private readonly on: { change(): void; end(): void },
  ) {
    host.addController(this);
  }

  /** The poll source, the configuration error, or null before the first update. */
  get current(): PollSource | B24Error | null {
    return this._current;
  }

  /** The poll source when the configuration is valid. */
  get valid(): PollSource | null {
    return this._current instanceof B24Error ? null : this._current;
  }

  /** Fires when the poll is dropped. */
  get signal(): AbortSignal {
    return this.scope.signal;
  }

  /** Re-reads the inputs before every render (a late `window.BX24` or a changed property both count). */
  hostUpdate(): void {
    const next = sourceOf(this.inputs);
    if (sameSource(this._current, next)) return;
    const first = this._current === null;
    this._current = next;
    if (!first) this.drop();
    this.on.change();
  }

  /** A removal (not a move: a move puts the element back in the same task) drops the poll's work in flight. */
  hostDisconnected(): void {
    queueMicrotask(() => {
      if (!this.host.isConnected) this.drop();
    });
  }

  /** Listens for peers' writes to the poll on screen (once per scope). */
  follow(attachId: number | string, onPeer: (attach: RawAttach) => void): void {
    const source = this.valid;
    if (!source || this.unsubscribe) return;
    this.unsubscribe = subscribePollUpdates(source.transport, attachId, this.token, onPeer);
  }

  /** Tells the peers about a write of this element. */
  publish(attach: RawAttach): void {
    const source = this.valid;
    if (source) publishPollUpdate(source.transport, attach, this.token);
  }

  private drop(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.token = {};
    // The new scope first: whoever hears the old one end can already listen to the new one.
    const ended = this.scope;
    this.scope = new AbortController();
    ended.abort();
    this.on.end();
  }
}
