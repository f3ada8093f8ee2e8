/**
 * One failure, one event (issue 25 items 6 and 7): a write that needs the poll first and cannot get it reports the
 * load's own failure once (`load`, its code, status and source, with its Retry), never a second event of its own.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { B24AttachedVote } from '../../src/element.js';
import type { VoteErrorDetail } from '../../src/events.js';
import { $, $$, addFaults, requests, resetPortal, text, webhook } from './support.js';

const delay = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Every vote-error that reaches the document, in order. */
function recordErrors(): { details: VoteErrorDetail[]; stop(): void } {
  const details: VoteErrorDetail[] = [];
  const listener = (event: Event): void => void details.push((event as CustomEvent<VoteErrorDetail>).detail);
  document.addEventListener('vote-error', listener);
  return { details, stop: () => document.removeEventListener('vote-error', listener) };
}

describe('<b24-attached-vote>: one failure, one event', () => {
  let errors: ReturnType<typeof recordErrors>;
  beforeEach(async () => {
    await resetPortal();
    errors = recordErrors();
  });
  afterEach(() => errors.stop());

  it('vote() with no transport fires one vote-error (load, NO_TRANSPORT) and resolves false', async () => {
    const el = await fixture<B24AttachedVote>(html`<b24-attached-vote attach-id="1"></b24-attached-vote>`);
    expect(await el.vote({ '21': ['42'] })).to.equal(false);
    await delay(300); // anything that would follow the first report has arrived by now
    expect(errors.details.map((d) => `${d.action} ${d.code} ${d.source}`)).to.deep.equal(['load NO_TRANSPORT element']);
    await el.updateComplete;
    expect(el.status).to.equal('error');
    expect(text(el)).to.contain('no connection is configured');
    expect(await requests()).to.have.length(0);
  });

  it('a load that fails while a vote waits for it is reported once, as the load, with its Retry', async () => {
    // Reads are retried after a 5xx: four answers of 500 outlast the retries.
    await addFaults({ kind: 'internal-error', method: 'vote.AttachedVote.getWithVoted', times: 4 });
    const el = await fixture<B24AttachedVote>(html`<b24-attached-vote attach-id="1" webhook-url=${webhook()}></b24-attached-vote>`);
    expect(el.status).to.equal('loading');
    expect(await el.vote({ '1': ['2'] })).to.equal(false);
    await delay(300);
    expect(errors.details).to.have.length(1);
    expect(errors.details[0]).to.deep.include({ action: 'load', code: 'INTERNAL_SERVER_ERROR', status: 500, source: 'portal' });
    expect(errors.details[0]!.ballot).to.equal(undefined);
    await el.updateComplete;
    expect(el.status).to.equal('error');
    expect($$(el, '[part="error"]')).to.have.length(1);
    expect(await requests('vote.AttachedVote.vote'), 'nothing was sent').to.have.length(0);

    // The Retry on screen is the load's: it reads the poll (the fault is used up) and the poll shows.
    $(el, '[part~="retry-button"]').click();
    await new Promise((resolve) => el.addEventListener('vote-load', resolve, { once: true }));
    await el.updateComplete;
    expect(el.status).to.equal('ready');
    expect(errors.details).to.have.length(1);
  });
});
