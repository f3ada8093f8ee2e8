/**
 * Whose height a loading poll reserves (issue 24): the height a poll took is remembered by the portal's origin (or,
 * without one, by the transport, in this page only), the poll, the width range and the view; storage that is
 * blocked or full leaves the page's own memory.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { B24AttachedVote } from '../../src/element.js';
import { createFetchTransport } from '../../src/index.js';
import type { B24Transport } from '../../src/transport/types.js';
import { addFaults as addPortalFaults, crossOriginUrl } from '../support/portal.js';
import { addFaults, resetPortal, webhook } from './support.js';

const STORE = 'b24-attached-vote.heights';
const frames = (n = 2): Promise<void> => new Promise((resolve) => {
  const step = (left: number): void => void requestAnimationFrame(() => (left ? step(left - 1) : resolve()));
  step(n);
});

/** Shows the poll and waits until its height has been taken (the frame after it showed). */
async function shown(attachId: string, transport: B24Transport): Promise<number> {
  const el = await fixture<B24AttachedVote>(html`<b24-attached-vote attach-id=${attachId} .transport=${transport}></b24-attached-vote>`);
  await oneEvent(el, 'vote-load');
  await el.updateComplete;
  await frames();
  return el.getBoundingClientRect().height;
}

/** The height an element reserves while its load is on the wire (held back by a latency fault). */
async function reserved(attachId: string, transport: B24Transport): Promise<number> {
  const el = await fixture<B24AttachedVote>(html`<b24-attached-vote attach-id=${attachId} .transport=${transport}></b24-attached-vote>`);
  await el.updateComplete;
  await frames();
  expect(el.status).to.equal('loading');
  return el.getBoundingClientRect().height;
}

describe('<b24-attached-vote> reserves the height of its own poll', () => {
  beforeEach(async () => {
    await resetPortal();
    await addPortalFaults([], { crossOrigin: true });
    localStorage.removeItem(STORE);
  });

  it('two portals\' polls with the same ID do not share a height', async () => {
    const here = createFetchTransport({ webhookUrl: webhook() });
    const there = createFetchTransport({ webhookUrl: `${await crossOriginUrl()}/rest/10/demo/` });
    // Poll 2 has no image: its height is final when it shows (poll 3's grows when its image arrives).
    const height = await shown('2', here);
    expect(height, 'five answers: not the default reserve').to.be.greaterThan(320);
    await addFaults({ kind: 'latency', ms: 800 });
    await addPortalFaults([{ kind: 'latency', ms: 800 }], { crossOrigin: true });
    expect(await reserved('2', here), 'the same portal').to.be.closeTo(height, 0.5);
    expect(await reserved('2', there), 'another portal: the default reserve').to.equal(300);
  });

  it('without an origin, remembers by transport and in this page only', async () => {
    const inner = createFetchTransport({ webhookUrl: webhook() });
    const bare = (): B24Transport => ({ call: (method, params, options) => inner.call(method, params, options) });
    const first = bare();
    const height = await shown('2', first);
    expect(localStorage.getItem(STORE), 'nothing stored without an origin').to.equal(null);
    await addFaults({ kind: 'latency', ms: 800 });
    expect(await reserved('2', first), 'the same transport').to.be.closeTo(height, 0.5);
    expect(await reserved('2', bare()), 'another transport').to.equal(300);
  });

  it('with storage blocked or full, the page still remembers, and nothing throws', async () => {
    const { getItem, setItem } = Storage.prototype;
    const errors: string[] = [];
    const onError = (event: ErrorEvent): void => void errors.push(event.message);
    window.addEventListener('error', onError);
    Storage.prototype.getItem = () => {
      throw new DOMException('blocked', 'SecurityError');
    };
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    try {
      const transport = createFetchTransport({ webhookUrl: webhook() });
      const height = await shown('2', transport);
      await addFaults({ kind: 'latency', ms: 800 });
      expect(await reserved('2', transport)).to.be.closeTo(height, 0.5);
    } finally {
      Storage.prototype.getItem = getItem;
      Storage.prototype.setItem = setItem;
      window.removeEventListener('error', onError);
    }
    expect(errors).to.deep.equal([]);
  });

  it('takes the height again when a question\'s image arrives', async () => {
    const transport = createFetchTransport({ webhookUrl: webhook() });
    const el = await fixture<B24AttachedVote>(html`<b24-attached-vote attach-id="3" .transport=${transport}></b24-attached-vote>`);
    await oneEvent(el, 'vote-load');
    await el.updateComplete;
    const image = el.shadowRoot!.querySelector<HTMLImageElement>('[part~="image"]')!;
    await waitUntil(() => image.complete && image.naturalHeight > 0, 'the question image did not load', { timeout: 5000 });
    await frames();
    const height = el.getBoundingClientRect().height;
    await addFaults({ kind: 'latency', ms: 800 });
    expect(await reserved('3', transport)).to.be.closeTo(height, 0.5);
  });

  it('keeps the reserve when the element\'s own styles are adopted again after it connected', async () => {
    await addFaults({ kind: 'latency', ms: 800 });
    const el = await fixture<B24AttachedVote>(html`<b24-attached-vote attach-id="5" webhook-url=${webhook()}></b24-attached-vote>`);
    const root = el.shadowRoot!;
    root.adoptedStyleSheets = root.adoptedStyleSheets.slice(0, 1); // as a later adoptStyles() would
    el.requestUpdate();
    await el.updateComplete;
    expect(el.status).to.equal('loading');
    expect(el.getBoundingClientRect().height).to.equal(300);
  });

  it('drops entries older than 30 days and keeps the newest 200', async () => {
    const now = Date.now();
    const old = Object.fromEntries(Array.from({ length: 250 }, (_, i) => [`x${i}.1.0`, [100, now - i * 60_000]]));
    old['stale.1.0'] = [100, now - 31 * 24 * 3600 * 1000];
    localStorage.setItem(STORE, JSON.stringify(old));
    await shown('1', createFetchTransport({ webhookUrl: webhook() }));
    const kept = JSON.parse(localStorage.getItem(STORE)!) as Record<string, [number, number]>;
    expect(Object.keys(kept)).to.have.length(200);
    expect(kept['stale.1.0'], 'older than 30 days').to.equal(undefined);
    expect(kept['x0.1.0'], 'the newest stays').to.not.equal(undefined);
    expect(kept['x249.1.0'], 'the oldest goes').to.equal(undefined);
    expect(Object.values(kept).some(([, time]) => time >= now), 'this poll\'s height is in').to.be.true;
  });
});
