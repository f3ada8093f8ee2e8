import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { showsBallotForm } from '../state/display-rules.js';
import { whenIdle } from '../util/when-idle.js';
import { isWarm, noteDrawn, warmUp, type WarmView } from '../views/warm-up.js';
import type { LanguageController } from './language-controller.js';
import type { LoadController } from './load-controller.js';
import type { VoteStore } from './store.js';

/**
 * Has each view drawn once, hidden, at a moment the main thread would idle, so that the first real drawing costs
 * what any later one does: the ballot form while a poll's first request is in flight, the results while the user
 * reads the poll (see views/warm-up.ts).
 */
export class WarmUpController implements ReactiveController {
  private readonly asked = new Set<WarmView>();

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
      // In a task of its own: after the request has left (the first update waits for that), before its answer.
      if (this.load.pending) this.ask('form', (draw) => setTimeout(draw, 0));
      return;
    }
    const form = showsBallotForm(poll, this.store.changing);
    noteDrawn(form ? 'form' : 'results');
    if (form) this.ask('results', whenIdle);
  }

  private ask(view: WarmView, schedule: (draw: () => void) => void): void {
    if (this.asked.has(view) || isWarm(view)) return;
    this.asked.add(view);
    schedule(() => {
      const root = this.host.shadowRoot;
      // The answer may have come first: then the real poll is being drawn, and the form needs no rehearsal.
      if (!root || !this.host.isConnected || (view === 'form' && this.store.poll)) return;
      warmUp(root, view, this.language.messages, this.language.lang);
    });
  }
}
