import { html, nothing, type TemplateResult } from 'lit';
import type { PollAnswer, Voter } from '../api/types.js';
import type { VoteMessages } from '../i18n/types.js';
import { plainText } from './plain-text.js';
import type { ShownError } from '../state/error-message.js';
import { face } from './faces.js';

/** The voters list of one answer, loaded page by page on demand. */
export interface VotersState {
  open: boolean;
  loading: boolean;
  voters: Voter[];
  total: number;
  next: number | null;
  /** Why the last page failed (the message, and whether Retry can help), or null. */
  failed: ShownError | null;
}

/**
 * The list of who voted for an answer, with "Show more" while pages remain. Each voter has a face (their name
 * shows beside it, so the face itself is decoration); `image` must already be an absolute http(s) URL or null.
 */
export function renderVoters(m: VoteMessages, answer: PollAnswer, state: VotersState, onMore: () => void): TemplateResult {
  return html`<div class="voters" part="voters" id=${`voters-${answer.id}`} role="region" aria-label=${m.votersOf(plainText(answer.text, answer.html))} aria-busy=${state.loading}>
    <ul role="list">
      ${state.voters.map(
        (v) => html`<li class="voter" part="voter">
          ${face(v, 32, '')}<span>${v.name || m.unnamedVoter}</span>${v.position ? html`<span class="voter-position">${v.position}</span>` : nothing}
        </li>`,
      )}
    </ul>
    ${state.loading
      ? html`<p class="note">${m.loadingVoters}</p>`
      : state.failed
        ? html`<p class="note error-text">${state.failed.text}</p>`
        : nothing}
    ${!state.loading && (state.failed ? state.failed.retry : state.next !== null)
      ? html`<button type="button" class="link-button" part="more-voters" @click=${onMore}>${state.failed ? m.retry : m.loadMoreVoters}</button>`
      : nothing}
  </div>`;
}
