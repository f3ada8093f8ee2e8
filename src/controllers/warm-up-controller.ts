import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { showsBallotForm } from '../state/display-rules.js';
import { whenIdle } from '../util/when-idle.js';
import { isWarm, noteDrawn, warmUp, type WarmView } from '../views/warm-up.js';
import type { LanguageController } from './language-controller.js';
import type { LoadController } from './load-controller.js';
import type { VoteStore } from './store.js';

/**
 * How long after the poll shows the results may be drawn ahead. Nobody votes sooner (a person reads the poll
 * first), and by then the poll is on screen: an idle moment can come before the frame that shows it, and a
 * drawing then would delay that frame.
 */
const READING_MS = 300;

/**
 * Has each view drawn once, hidden, at a moment the main thread would idle, so that the first real drawing costs
 * what any later one does: the ballot form while a poll's first request is in flight, the results while the user
 * reads the poll (see views/warm-up.ts).
 */
export class WarmUpController implements ReactiveController {
  private readonly asked = new Set<WarmView>();
  private cancelPending: (() => void) | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly store: VoteStore,
    private readonly language: LanguageController,
    private readonly load: LoadController,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const poll = this.store.poll;
    if (!poll) {
      // Now: the request has left (the first update waits for that), and its answer cannot be handled before this
      // task ends. The cold drawing's cost has to be paid before the poll can show; here it overlaps the wire.
      if (this.load.pending) this.ask('form', (draw) => draw());
      return;
    }
    const form = showsBallotForm(poll, this.store.changing);
    noteDrawn(form ? 'form' : 'results');
    if (form) this.ask('results', (draw) => (this.cancelPending = whenIdle(draw, READING_MS)));
  }

  hostDisconnected(): void {
    // A drawing still to come must not keep a removed element alive; one put back asks again.
    this.cancelPending?.();
    this.cancelPending = undefined;
    this.asked.clear();
  }

  private ask(view: WarmView, schedule: (draw: () => void) => void): void {
    if (this.asked.has(view) || isWarm(view)) return;
    this.asked.add(view);
    schedule(() => {
      const root = this.host.shadowRoot;
      if (root) warmUp(root, view, this.language.messages, this.language.lang);
    });
  }
}
