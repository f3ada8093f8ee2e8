/**
 * The one way into a write (vote, recall, stop, resume). A second click or a held Enter joins the write in flight
 * instead of sending another; the first write says "Voting…" at once even while its code is still loading; a
 * write of a dropped poll (another poll named, the element removed) is cut off, and a removed element reads the
 * poll again when it is put back, since the cut-off write may or may not have been stored. This is the only place
 * that starts or ends the write state.
 */
import type { ReactiveControllerHost } from 'lit';
import type { Ballot } from '../api/types.js';
import type { WritesController } from '../features/writes.js';
import type { LoadController } from './load-controller.js';
import type { VotePort, WriteAction } from './port.js';

/** Makes the write flow for a port (the element's: `new WritesController(port)`, which ships in the entry). */
export type WritesFactory = (port: VotePort) => Pick<WritesController, 'perform'>;

interface InFlight {
  action: WriteAction;
  promise: Promise<boolean>;
}

/** Starts, joins and cuts off writes. */
export class WriteGate {
  private inFlight: InFlight | null = null;
  private writes: Pick<WritesController, 'perform'> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly port: VotePort,
    private readonly createWrites: WritesFactory,
    private readonly load: Pick<LoadController, 'readWhenBack'>,
  ) {}

  /** Runs a write, or joins the same one in flight; resolves false for another action while one runs. */
  run(action: WriteAction, ballot?: Ballot): Promise<boolean> {
    if (this.inFlight) return this.inFlight.action === action ? this.inFlight.promise : Promise.resolve(false);
    // A removed element sends nothing: the host could not veto the ballot through `vote-submit`.
    if (!this.host.isConnected) return Promise.resolve(false);
    const controller = new AbortController();
    const scope = this.port.signal;
    // "Voting…" at once, even while the poll is still being read.
    this.port.setBusy(action);
    this.writes ??= this.createWrites(this.port);
    const write: InFlight = { action, promise: this.writes.perform(action, ballot, controller.signal).catch(() => false) };
    const end = (): void => {
      scope.removeEventListener('abort', cut);
      if (this.inFlight !== write) return;
      this.inFlight = null;
      this.port.setBusy(null);
    };
    const cut = (): void => {
      end();
      controller.abort();
      if (!this.host.isConnected) this.load.readWhenBack();
    };
    scope.addEventListener('abort', cut, { once: true });
    this.inFlight = write;
    void write.promise.finally(end);
    return write.promise;
  }
}
