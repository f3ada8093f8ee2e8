// A lazy chunk of the npm build that cannot be fetched (the network went away after the page loaded): the user is
// told that only a reload helps, keeps the selection, and nothing goes to the portal. Runs the built npm entry
// (`npm run build`: dist/element.js, lit resolved by the test server) from a URL no page has loaded yet
// (/__test/npm/fresh/ID/dist/), because browsers keep modules, and a failed module fetch, for the page's lifetime;
// the test server fails the next request for the chunk once (POST /__test/break-module, web-test-runner.config.js).
// The CDN bundle has no chunks to lose (test/hosts/cms-page.test.ts checks that it fetches no other script).
import { expect, oneEvent } from '@open-wc/testing';
import type { B24AttachedVote } from '../../src/element.js';
import { requests, resetPortal, webhook } from './support.js';

type ElementModule = { B24AttachedVote: typeof B24AttachedVote };

/** A fresh copy of the npm build whose lazy `chunk` (e.g. `writes`) fails to load; returns a tag for its element. */
async function freshCopyWithout(chunk: string): Promise<string> {
  const id = Math.random().toString(36).slice(2);
  const base = `/__test/npm/fresh/${id}/dist/`;
  const status = (await (await fetch('/__test/cms/bundle-status')).json()) as { ok: boolean; message: string };
  expect(status.ok, status.message).to.be.true;
  expect((await fetch(`/__test/break-module?path=${encodeURIComponent(`${base}lazy/${chunk}-`)}`, { method: 'POST' })).ok).to.be.true;
  const module = (await import(/* @vite-ignore */ `${base}element.js`)) as ElementModule;
  const tag = `b24-vote-${id}`;
  customElements.define(tag, class extends module.B24AttachedVote {});
  return tag;
}

async function render(tag: string, attachId: string, userId: number): Promise<B24AttachedVote> {
  const el = document.createElement(tag) as B24AttachedVote;
  const loaded = oneEvent(el, 'vote-load');
  el.setAttribute('webhook-url', webhook(userId));
  el.setAttribute('attach-id', attachId);
  document.body.append(el);
  await loaded;
  await el.updateComplete;
  return el;
}

const $$ = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const text = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');

describe('a chunk that cannot be fetched', () => {
  beforeEach(resetPortal);
  afterEach(async () => {
    await fetch('/__test/break-module', { method: 'DELETE' });
    for (const el of document.body.querySelectorAll('[webhook-url]')) el.remove();
  });

  it('voter lists whose code cannot load ask for a reload instead of showing a list', async () => {
    const el = await render(await freshCopyWithout('voter-lists'), '1', 2);
    const failed = oneEvent(el, 'vote-error');
    $$(el, '[part~="voters-button"]')[0]!.click();
    expect((await failed).detail).to.include({ action: 'voters', code: 'MODULE_UNAVAILABLE' });
    await el.updateComplete;
    expect($$(el, '[part~="voters"]')).to.have.length(0);
    expect(text(el)).to.contain('Please reload the page.');
    expect(await requests('vote.attachedvote.getanswervoted')).to.have.length(0);
  });
});
