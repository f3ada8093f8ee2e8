import { nothing, render, type TemplateResult } from 'lit';
import type { Poll, PollAnswer } from '../api/types.js';
import type { VoteMessages } from '../i18n/types.js';
import { Selection } from '../state/selection.js';
import { renderBallotForm } from './ballot-form.js';
import { renderFooter } from './footer.js';
import { renderResults } from './results.js';

/** The two states a poll is first drawn in: the ballot form (after the load), the results (after a vote). */
export type WarmView = 'form' | 'results';

// Per page (this copy of the module): what the first real render of a view costs once, and never again, is lit's
// template preparation, the compilation of the view code, and the browser's style, font and text-shaping caches.
const warmed = new Set<WarmView>();

const noop = (): void => undefined;

function answer(id: string, text: string, votes: number, mine: boolean): PollAnswer {
  // Initials only: a face with an image would fetch it.
  return { id, text, html: false, votes, percent: 0, mine, faces: mine ? [{ id, name: text, image: null }] : [] };
}

/** A one-question poll in the user's language, voted in for the results (its mark, bars and faces are drawn). */
function samplePoll(m: VoteMessages, voted: boolean): Poll {
  return {
    id: '0', voteId: '0', entityId: '0', voters: 3, anonymous: false, public: true, revoteAllowed: true,
    resultsHidden: false, canVote: !voted, canRevote: voted, canEdit: false, isVoted: voted, isFinished: false,
    signedAttachId: '', resultUrl: '', downloadUrl: '',
    questions: [{
      id: '0', text: m.loading, html: false, multiple: false, required: false, voters: 3, image: null,
      answers: [answer('1', m.vote, 2, voted), answer('2', m.cancel, 1, false)],
    }],
  };
}

function sample(view: WarmView, m: VoteMessages, lang: string): TemplateResult[] {
  const poll = samplePoll(m, view === 'results');
  const body = view === 'form'
    ? renderBallotForm({
        poll, m, selection: new Selection(), submitting: false, busy: false, valid: true, changing: false,
        submitsOnSelect: false, onPick: noop, onKeydown: noop, onSubmit: noop, onCancelChange: noop,
      })
    : renderResults({
        poll, m, lang, busy: false, voters: true, votersOf: () => undefined,
        onToggleVoters: noop, onMoreVoters: noop,
      });
  const footer = renderFooter({
    poll, m, busy: null, waiting: false, slow: false, inResults: view === 'results', onChange: noop,
    onWithdraw: noop, authorTools: nothing,
  });
  return [body, footer];
}

/** The view has been drawn on this page, for real or ahead. */
export function isWarm(view: WarmView): boolean {
  return warmed.has(view);
}

/** A real poll was drawn in this view: it needs no warm-up any more. */
export function noteDrawn(view: WarmView): void {
  warmed.add(view);
}

/**
 * Draws a view once per page, hidden and thrown away within the same task (nothing is painted, announced or
 * fetched), so that the real poll's first drawing of it costs what every later one does.
 */
export function warmUp(root: ShadowRoot, view: WarmView, m: VoteMessages, lang: string): void {
  if (warmed.has(view)) return;
  warmed.add(view);
  const box = document.createElement('div');
  box.className = 'poll warm-up';
  box.setAttribute('aria-hidden', 'true');
  box.inert = true;
  root.append(box);
  render(sample(view, m, lang), box);
  // Style and layout are part of the first drawing's cost: reading a size does them now.
  box.getBoundingClientRect();
  box.remove();
}
