/**
 * Which poll, through which transport: the seven source inputs become a poll source or the configuration error
 * that keeps the poll from loading. An element that names no poll is idle; a named poll that is not complete yet
 * or has no transport yet is held back for a grace period (2 s after connection and after the last change of a
 * source input) before its error counts, unless a method asks for the poll first. Owns the poll's scope: an
 * AbortSignal that fires when the poll is dropped (another poll named, or the element removed from the page),
 * and the subscription to peers' writes.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { subscribePollUpdates, publishPollUpdate } from '../api/poll-updates.js';
import type { RawAttach } from '../api/types.js';
import { whenBx24Appears } from '../connection/bx24-watch.js';
import type { B24Error } from '../transport/b24-error.js';
import type { PollSource } from './port.js';
import {
  resolveSource, sameResolution, sourceInputValues, type Resolution, type SourceInputs,
} from './source-resolution.js';

export type { SourceInputs } from './source-resolution.js';

/** How long an incomplete poll or a missing transport may wait for the rest of the configuration. */
export const SOURCE_GRACE_MS = 2000;

/** Resolves the poll source on every update and drops everything of the old poll when it changes. */
export class SourceController implements ReactiveController {
  private resolution: Resolution | null = null;
  /** The inputs of the last update, to tell a change of them. */
  private seen: readonly unknown[] | null = null;
  /** The grace period's timer fired since the last change of an input: a held error counts. */
  private graceOver = false;
  /** A method asked for the poll since the last change of an input: a held error, or "no poll", counts. */
  private asked = false;
  private graceTimer: ReturnType<typeof setTimeout> | undefined;
  private stopWatching: (() => void) | undefined;
  /** The poll's scope; also this element's token in the page's poll-updates hub (a new one for each poll). */
  private scope = new AbortController();
  private unsubscribe: (() => void) | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly inputs: SourceInputs,
    private readonly on: { change(): void; end(): void },
  ) {
    host.addController(this);
  }

  /** What to load: the poll source, the configuration error that counts now, or null (idle, held back). */
  get current(): PollSource | B24Error | null {
    const r = this.resolution;
    if (!r) return null;
    if (r.kind === 'ready') return r.source;
    if (r.kind === 'wrong' || this.asked || (r.kind === 'held' && this.graceOver)) return r.error;
    return null;
  }

  /** The poll source when the configuration is valid. */
  get valid(): PollSource | null {
    return this.resolution?.kind === 'ready' ? this.resolution.source : null;
  }

  /** No poll is named (and no method asked for one): nothing is loaded, validated, reported or shown. */
  get idle(): boolean {
    return (this.resolution?.kind ?? 'idle') === 'idle' && !this.asked;
  }

  /** A poll is named, but its error is held back while the rest of the configuration may still arrive. */
  get waiting(): boolean {
    return this.resolution?.kind === 'held' && !this.graceOver && !this.asked;
  }

  /** Fires when the poll is dropped. */
  get signal(): AbortSignal {
    return this.scope.signal;
  }

  /** A method asks for the poll: the grace period ends now, so a held error is reported at once. */
  settle(): void {
    if (this.asked) return;
    this.asked = true;
    this.resolve(false);
    this.host.requestUpdate();
  }

  hostConnected(): void {
    if (!this.graceOver) this.startGrace();
    // Resolved now, not only before the first render, so that the load can leave before anything renders.
    if (!this.resolution) this.resolve(false);
    this.watch();
  }

  /** Re-reads the inputs before every render (a changed property, the grace period's end, a late BX24). */
  hostUpdate(): void {
    const values = sourceInputValues(this.inputs);
    const changed = this.seen !== null && values.some((value, i) => value !== this.seen![i]);
    this.seen = values;
    const reported = changed && (this.graceOver || this.asked);
    if (changed) {
      // The host is still setting things up: a held error waits again, from now.
      this.graceOver = false;
      this.asked = false;
      if (this.host.isConnected) this.startGrace();
    }
    this.resolve(reported);
  }

  /** A removal (not a move: a move puts the element back in the same task) drops the poll's work in flight. */
  hostDisconnected(): void {
    clearTimeout(this.graceTimer);
    this.watch(); // stops watching: the host is not connected
    queueMicrotask(() => {
      if (!this.host.isConnected) this.drop();
    });
  }

  /** Listens for peers' writes to the poll on screen (once per scope). */
  follow(attachId: number | string, onPeer: (attach: RawAttach) => void): void {
    const source = this.valid;
    if (!source || this.unsubscribe) return;
    this.unsubscribe = subscribePollUpdates(source.transport, attachId, this.scope, onPeer);
  }

  /** Tells the peers about a write of this element. */
  publish(attach: RawAttach): void {
    const source = this.valid;
    if (source) publishPollUpdate(source.transport, attach, this.scope);
  }

  /** Resolves the inputs; `restart`: a reported error goes back to waiting even if it has not changed. */
  private resolve(restart: boolean): void {
    const next = resolveSource(this.inputs);
    const previous = this.resolution;
    if (previous && sameResolution(previous, next)) {
      if (restart && next.kind !== 'ready' && next.kind !== 'wrong') this.on.change();
    } else {
      this.resolution = next;
      if (previous) this.drop();
      this.on.change();
    }
    this.watch();
  }

  private startGrace(): void {
    clearTimeout(this.graceTimer);
    this.graceTimer = setTimeout(() => {
      this.graceOver = true;
      // The update resolves again: a transport that arrived meanwhile wins over the error.
      if (this.resolution?.kind === 'held') this.host.requestUpdate();
    }, SOURCE_GRACE_MS);
  }

  /** While only a transport is missing, a `window.BX24` that appears is picked up without waiting for an update. */
  private watch(): void {
    const r = this.resolution;
    const wanted = this.host.isConnected && r?.kind === 'held' && r.needsTransport;
    if (wanted && !this.stopWatching) {
      this.stopWatching = whenBx24Appears(() => {
        this.stopWatching = undefined;
        this.host.requestUpdate();
      });
    } else if (!wanted && this.stopWatching) {
      this.stopWatching();
      this.stopWatching = undefined;
    }
  }

  private drop(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    // The new scope first: whoever hears the old one end can already listen to the new one.
    const ended = this.scope;
    this.scope = new AbortController();
    ended.abort();
    this.on.end();
  }
}
