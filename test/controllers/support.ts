import { LitElement } from 'lit';
import type { Ballot, Poll } from '../../src/api/types.js';
import type { PollResult } from '../../src/api/vote-call.js';
import type { FailOptions, PollChange, VotePort, WriteAction } from '../../src/controllers/port.js';
import type { VoteAction } from '../../src/events.js';
import { decodeMessages } from '../../src/i18n/decode.js';
import { en } from '../../src/i18n/en.js';
import { Selection } from '../../src/state/selection.js';
import type { B24Error } from '../../src/transport/b24-error.js';

/** The smallest reactive host: a LitElement that renders nothing. */
export class MinimalHost extends LitElement {}
if (!customElements.get('minimal-controller-host')) customElements.define('minimal-controller-host', MinimalHost);

/** A connected minimal host. */
export function connectedHost(): MinimalHost {
  const host = document.createElement('minimal-controller-host') as MinimalHost;
  document.body.append(host);
  return host;
}

/** What a recording port saw. */
export interface PortLog {
  busy: Array<VoteAction | null>;
  failures: Array<{ action: VoteAction; code: string; options: FailOptions }>;
  events: string[];
}

/** A port over a minimal host that records what is asked of it; `drop()` ends the poll's scope. */
export function recordingPort(host: MinimalHost, poll: Poll | null = null): VotePort & { log: PortLog; drop(): void } {
  const log: PortLog = { busy: [], failures: [], events: [] };
  let scope = new AbortController();
  let busy: VoteAction | null = null;
  const listeners = new Set<(change: PollChange) => void>();
  return {
    log,
    store: {
      poll,
      truth: null,
      selection: new Selection(),
      get busy() {
        return busy;
      },
    },
    source: null,
    messages: decodeMessages('en', en),
    lang: 'en',
    hideVoters: false,
    setWaiting: () => undefined,
    get signal() {
      return scope.signal;
    },
    get updateComplete() {
      return host.updateComplete;
    },
    addController: (c) => host.addController(c),
    removeController: (c) => host.removeController(c),
    requestUpdate: () => host.requestUpdate(),
    loaded: () => (poll ? Promise.resolve(poll) : Promise.reject(new Error('no poll'))),
    refresh: () => Promise.resolve(true),
    show: (_result: PollResult) => undefined,
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    fail: (action: VoteAction, error: B24Error, options: FailOptions) => void log.failures.push({ action, code: error.code, options }),
    begin: (action: VoteAction) => void (busy = action),
    setBusy(action: VoteAction | null) {
      busy = action;
      log.busy.push(action);
    },
    announce: () => undefined,
    focus: () => undefined,
    emit: (type) => (log.events.push(type), host.isConnected),
    write: (_action: WriteAction, _ballot?: Ballot) => Promise.resolve(false),
    drop() {
      const ended = scope;
      scope = new AbortController();
      ended.abort();
      listeners.forEach((l) => l('drop'));
    },
  };
}
