// The bench's Lit floor: the hand-written floor (scripts/bench/floor-poll.js) written with the project's own stack,
// a LitElement with a @lit/task load. Same requests (one form-encoded POST to load, one to vote), same markup and
// part names, no checks, no languages, no styles beyond a few lines. It answers one question about the element's
// JavaScript execution time: how much of it the stack costs before any of the element's own features. Bundled with
// lit by scripts/bench/lit-floor.js (esbuild, minified) and served as one module script.
/* global document, customElements */
import { LitElement, css, html } from 'lit';
import { Task } from '@lit/task';

const inOrder = (rows) => Object.values(rows).sort((a, b) => Number(a.C_SORT) - Number(b.C_SORT));

/** One REST call, form-encoded: URLSearchParams makes the body application/x-www-form-urlencoded. */
async function call(webhook, method, params) {
  const response = await fetch(`${webhook}${method}`, { method: 'POST', body: params });
  const body = await response.json();
  if (!body.result) throw new Error(body.error_description ?? body.error ?? `HTTP ${response.status}`);
  return body.result.attach;
}

class LitFloorPoll extends LitElement {
  static properties = { webhook: { attribute: 'data-webhook' }, attachId: { attribute: 'data-attach-id' }, voted: { state: true } };

  static styles = css`:host{display:block} label{display:block} [part=percent]{font-weight:600}`;

  load = new Task(this, {
    task: ([webhook, attachId]) => call(webhook, 'vote.AttachedVote.get', new URLSearchParams({ attachId })),
    args: () => [this.webhook, this.attachId],
  });

  async vote() {
    const params = new URLSearchParams({ attachId: this.attachId });
    for (const input of this.renderRoot.querySelectorAll('input:checked')) params.append(`ballot[${input.name}][]`, input.value);
    this.voted = await call(this.webhook, 'vote.AttachedVote.vote', params);
  }

  render() {
    return this.load.render({
      complete: (attach) => {
        const shown = this.voted ?? attach;
        return shown.isVoted ? this.results(shown) : this.ballot(shown);
      },
      error: (error) => html`The poll could not be loaded: ${error.message}`,
    });
  }

  ballot(attach) {
    return html`${inOrder(attach.QUESTIONS).map((q) => html`<fieldset data-question=${q.ID}><legend>${q.QUESTION}</legend>
${inOrder(q.ANSWERS).map((a) => html`<label part="answer" data-answer=${a.ID}><input type=${String(q.FIELD_TYPE) === '1' ? 'checkbox' : 'radio'} name=${q.ID} value=${a.ID}> ${a.MESSAGE}</label>`)}
</fieldset>`)}<button type="button" part="vote-button" @click=${this.vote}>Vote</button>`;
  }

  results(attach) {
    return inOrder(attach.QUESTIONS).map((q) => html`<section data-question=${q.ID}><h3>${q.QUESTION}</h3>
<ul>${inOrder(q.ANSWERS).map((a) => html`<li data-answer=${a.ID}>${a.MESSAGE} <span part="percent">${Math.round(Number(a.PERCENT))}%</span></li>`)}</ul></section>`);
  }
}

customElements.define('lit-floor-poll', LitFloorPoll);
const box = document.getElementById('poll');
box.replaceWith(Object.assign(document.createElement('lit-floor-poll'), { webhook: box.dataset.webhook, attachId: box.dataset.attachId }));
