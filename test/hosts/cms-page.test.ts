// The self-contained bundle on a plain CMS page: no bundler, no framework, one <script type="module">, under a
// strict Content-Security-Policy (no inline script or style), loaded in an iframe from the test. Then the same
// bundle included twice, as two different copies. The pages and dist/ are served by test/hosts/server.js.
// This file imports nothing from src/: the only copies of the element here are the built bundle's.
import { expect, waitUntil } from '@open-wc/testing';
import type { B24AttachedVote } from '../../src/element.js';
import { addFaults } from '../support/portal.js';
import { clickVote, pickAnswer, ready, requests, resetPortal, settled } from './support.js';

interface HostLog {
  warnings: string[];
  errors: string[];
  voteErrors: unknown[];
}

interface CspReport {
  'violated-directive'?: string;
  'effective-directive'?: string;
  'blocked-uri'?: string;
}

type FrameWindow = Window & typeof globalThis & { __hostLog?: HostLog };

let runs = 0;
const runId = (name: string): string => `${name}-${Date.now().toString(36)}-${++runs}`;

/** Fails with a clear message when the bundle was not built (never skips). */
async function requireBundle(): Promise<void> {
  const status = (await (await fetch('/__test/cms/bundle-status', { cache: 'no-store' })).json()) as { ok: boolean; message: string };
  if (!status.ok) throw new Error(status.message);
}

/** Loads a page in an iframe and resolves when its load event fired (module scripts have run by then). */
async function openFrame(src: string): Promise<{ frame: HTMLIFrameElement; win: FrameWindow; doc: Document }> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 800px; height: 1400px; border: 0';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = src;
  document.body.append(frame);
  await loaded;
  return { frame, win: frame.contentWindow as FrameWindow, doc: frame.contentDocument! };
}

async function cspReports(run: string): Promise<CspReport[]> {
  const body = (await (await fetch(`/__test/cms/csp-reports?run=${run}`, { cache: 'no-store' })).json()) as { reports: CspReport[] };
  return body.reports;
}

function polls(doc: Document): B24AttachedVote[] {
  return [...doc.querySelectorAll<B24AttachedVote>('b24-attached-vote')];
}

describe('a plain CMS page with the self-contained bundle', () => {
  const frames: HTMLIFrameElement[] = [];

  before(requireBundle);
  beforeEach(resetPortal);
  afterEach(() => frames.splice(0).forEach((frame) => frame.remove()));

  async function open(src: string) {
    const opened = await openFrame(src);
    frames.push(opened.frame);
    return opened;
  }

  it('reports CSP violations to the test (control: an inline style is blocked and reported)', async () => {
    const run = runId('control');
    const { win, doc } = await open(`/__test/cms/violation.html?run=${run}`);
    expect(win.getComputedStyle(doc.body).color, 'the inline style was blocked').not.to.equal('rgb(255, 0, 0)');
    await waitUntil(async () => (await cspReports(run)).length > 0, 'no CSP report arrived for an inline style', { timeout: 5000 });
    const [report] = await cspReports(run);
    expect(report['effective-directive'] ?? report['violated-directive']).to.match(/^style-src/);
  });

  it('embeds two polls with one script tag under a strict CSP, votes in one, and breaks no policy', async () => {
    const run = runId('page');
    const { win, doc } = await open(`/__test/cms/page.html?run=${run}&user=12`);
    const scripts = [...doc.querySelectorAll('script')];
    expect(scripts, 'one script tag').to.have.length(1);
    expect(scripts[0].type).to.equal('module');
    expect(scripts[0].textContent, 'no inline code').to.equal('');
    expect(doc.querySelectorAll('style, [style]'), 'no inline styles').to.have.length(0);

    await waitUntil(() => win.customElements.get('b24-attached-vote'), 'the bundle did not define the tag');
    const [first, second] = polls(doc);
    expect(polls(doc)).to.have.length(2);
    await ready(first, 'first poll');
    await ready(second, 'second poll');
    expect(first.poll!.id).to.not.equal(second.poll!.id);

    // Styles apply although the policy allows no inline <style>: Lit adopts constructed style sheets.
    const box = first.shadowRoot!.querySelector<HTMLElement>('[part~="poll"]')!;
    expect(win.getComputedStyle(box).borderTopLeftRadius).to.equal('12px');
    // The page's own stylesheet (the README's :not(:defined) recipe lives there) loaded under style-src 'self'.
    expect(win.getComputedStyle(first).marginTop).to.equal('16px');

    const answerId = await pickAnswer(first, 1);
    clickVote(first);
    await waitUntil(() => first.poll?.isVoted, 'the vote did not go through', { timeout: 8000 });
    await settled(first);
    const votes = await requests('vote.AttachedVote.vote');
    expect(votes.map((r) => [Number(r.userId), r.params.ballot])).to.deep.equal([[12, { [first.poll!.questions[0].id]: [answerId] }]]);
    const mine = first.shadowRoot!.querySelector(`[data-answer="${answerId}"]`)!;
    expect(mine.classList.contains('mine')).to.be.true;
    // Result bars get their width without a style attribute (which the policy would block).
    const fill = mine.querySelector<HTMLElement>('[part~="bar-fill"]')!;
    expect(fill.style.width).to.match(/^\d+(\.\d+)?%$/);
    expect(parseFloat(win.getComputedStyle(fill).width)).to.be.greaterThan(0);
    expect(second.poll!.isVoted, 'the other poll is untouched').to.be.false;

    // Give late reports a moment (they are sent asynchronously), then expect none.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await cspReports(run)).to.deep.equal([]);
  });

  it('gives a poll shown again its remembered height under the strict CSP (a CSSOM write, no style attribute)', async () => {
    const run = runId('height');
    const { win, doc } = await open(`/__test/cms/page.html?run=${run}&user=12`);
    const [first] = polls(doc);
    await ready(first, 'first poll');
    // The height is learned in the frame after the poll shows.
    await new Promise((resolve) => win.requestAnimationFrame(() => win.requestAnimationFrame(resolve)));
    const height = first.getBoundingClientRect().height;
    expect(height).to.be.greaterThan(0);
    // The same poll once more, its answer held back: while it loads, its placeholder has the remembered height.
    await addFaults([{ kind: 'latency', ms: 1500, times: 1 }]);
    const again = doc.createElement('b24-attached-vote') as B24AttachedVote;
    again.setAttribute('attach-id', '1');
    again.setAttribute('webhook-url', first.getAttribute('webhook-url')!);
    first.after(again);
    await waitUntil(() => again.shadowRoot?.querySelector('[part~="skeleton"]'), 'no placeholder while loading');
    const box = again.shadowRoot!.querySelector<HTMLElement>('[part~="poll"]')!;
    expect(box.style.blockSize, 'set through the CSSOM').to.equal(`${height}px`);
    expect(box.getBoundingClientRect().height).to.be.closeTo(height, 0.5);
    await ready(again, 'the poll shown again');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await cspReports(run), 'no policy broken').to.deep.equal([]);
  });

  it('moves nothing on the page while it loads when the page reserves the poll\'s height (the README recipe)', async () => {
    const { win, doc } = await open(`/__test/cms/page.html?run=${runId('shift')}&user=12`);
    const [first, second] = polls(doc);
    await ready(first, 'first poll');
    await ready(second, 'second poll');
    await new Promise((resolve) => win.requestAnimationFrame(() => win.requestAnimationFrame(resolve)));
    for (const poll of [first, second]) {
      expect(poll.getBoundingClientRect().height, `${poll.id}: the poll fits the reserved height`).to.equal(360);
    }
    // Layout Instability is Chromium's; elsewhere the fixed heights above are what keeps the text in place.
    if (!win.PerformanceObserver.supportedEntryTypes.includes('layout-shift')) return;
    const shifts = await new Promise<PerformanceEntry[]>((resolve) => {
      new win.PerformanceObserver((list, observer) => {
        observer.disconnect();
        resolve(list.getEntries());
      }).observe({ type: 'layout-shift', buffered: true });
      setTimeout(() => resolve([]), 500); // no entry at all: nothing moved
    });
    expect(shifts.map((s) => (s as PerformanceEntry & { value: number }).value), 'layout shifts').to.deep.equal([]);
  });

  it('follows the README recipe with OAuth: one external script, tokens from a backend, no secret in the page', async () => {
    const run = runId('oauth');
    const { win, doc } = await open(`/__test/cms/page-oauth.html?run=${run}`);
    const scripts = [...doc.querySelectorAll('script')];
    expect(scripts.map((s) => new URL(s.src).pathname)).to.deep.equal(['/__test/cms/assets/harness.js', '/__test/cms/assets/polls.js']);
    expect(doc.documentElement.outerHTML, 'no credential in the page').not.to.match(/token-|\/rest\/\d+\//);
    await waitUntil(() => win.customElements.get('b24-attached-vote'), 'the bundle did not define the tag');
    const [first, second] = polls(doc);
    await ready(first, 'first poll');
    await ready(second, 'second poll');
    expect(first.transport, 'one transport for both').to.equal(second.transport);

    const answerId = await pickAnswer(first, 0);
    clickVote(first);
    await waitUntil(() => first.poll?.isVoted, 'the vote did not go through', { timeout: 8000 });
    const seen = await requests();
    expect(seen.every((r) => r.auth === 'oauth' && Number(r.userId) === 14), JSON.stringify(seen.map((r) => [r.method, r.auth, r.userId]))).to.be.true;
    const votes = seen.filter((r) => r.method === 'vote.attachedvote.vote');
    expect(votes.map((r) => r.params.ballot)).to.deep.equal([{ [first.poll!.questions[0].id]: [answerId] }]);
    // The transport was in place before the elements' first update: no NO_TRANSPORT error flashed by.
    expect(win.__hostLog!.voteErrors).to.deep.equal([]);
    expect(win.__hostLog!.warnings).to.deep.equal([]);
    expect(await cspReports(run)).to.deep.equal([]);
  });

  it('survives the bundle twice on one page as two copies of one version: one registration, no warning', async () => {
    const run = runId('twice');
    const { win, doc } = await open(`/__test/cms/twice.html?run=${run}&user=13`);
    const log = win.__hostLog!;
    expect(log, 'harness ran').to.exist;
    const sources = [...doc.querySelectorAll<HTMLScriptElement>('script[type="module"]')].map((s) => new URL(s.src).pathname);
    expect(new Set(sources).size, 'two distinct URLs: two module records').to.equal(2);

    // Both copies ran before the load event; the second found the tag taken by a class of the same version.
    await waitUntil(() => win.customElements.get('b24-attached-vote'), 'the tag is not defined');
    expect(log.errors, 'no uncaught error').to.deep.equal([]);
    expect(log.warnings.filter((w) => w.includes('b24-attached-vote')), 'same version: silent').to.deep.equal([]);

    const [el] = polls(doc);
    const registered = win.customElements.get('b24-attached-vote')!;
    expect(el).to.be.instanceOf(registered);
    await ready(el);
    await pickAnswer(el, 0);
    await pickAnswer(el, 1);
    clickVote(el);
    await waitUntil(() => el.poll?.isVoted, 'the vote did not go through', { timeout: 8000 });
    expect((await requests('vote.AttachedVote.vote')).map((r) => Number(r.userId))).to.deep.equal([13]);
    expect(await cspReports(run)).to.deep.equal([]);
  });

  it('warns once when two copies of different versions share a page, and keeps the first registration', async () => {
    const run = runId('versions');
    const { win, doc } = await open(`/__test/cms/twice-versions.html?run=${run}&user=13`);
    const log = win.__hostLog!;
    await waitUntil(() => win.customElements.get('b24-attached-vote'), 'the tag is not defined');
    const first = (await (await fetch('/package.json')).json()) as { version: string };
    expect(log.errors, 'no uncaught error').to.deep.equal([]);
    const warnings = log.warnings.filter((w) => w.includes('b24-attached-vote'));
    expect(warnings, 'exactly one warning about the other version').to.have.length(1);
    expect(warnings[0]).to.contain(`version ${first.version} `).and.to.contain(`version ${first.version}-other)`);
    const [el] = polls(doc);
    await ready(el);
    expect(el.poll!.questions.length).to.be.greaterThan(0);
  });

  /** The renamed-bundle page, its poll loaded. */
  async function openRenamed(name: string, user: number) {
    const run = runId(name);
    const { win, doc } = await open(`/__test/cms/renamed.html?run=${run}&user=${user}`);
    await waitUntil(() => win.customElements.get('b24-attached-vote'), 'the renamed bundle did not define the tag');
    const [el] = polls(doc);
    await ready(el);
    return { run, win, el };
  }

  /** Every script the page fetched (module imports are resource entries too). */
  function scriptsFetched(win: FrameWindow): string[] {
    return win.performance.getEntriesByType('resource').map((entry) => new URL(entry.name))
      .filter((url) => url.pathname.endsWith('.js') || url.pathname.endsWith('.mjs'))
      .map((url) => url.pathname + url.search);
  }

  it('loads a poll from the bundle renamed, in another folder, with a query string, and fetches no other script', async () => {
    const { run, win, el } = await openRenamed('renamed', 15);
    expect(el.poll!.questions.length).to.be.greaterThan(0);
    expect(win.__hostLog!.errors).to.deep.equal([]);
    expect(win.__hostLog!.warnings).to.deep.equal([]);
    // The harness and the renamed file, nothing else.
    expect(scriptsFetched(win)).to.deep.equal(['/__test/cms/assets/harness.js', '/__test/cms/as/wp-content/uploads/2026/poll-widget.min.js?ver=6.4.2']);
    expect((await requests()).length, 'the poll came from the emulator').to.be.greaterThan(0);
    expect(await cspReports(run)).to.deep.equal([]);
  });

  it('speaks another language from the same file: German arrives without another script', async () => {
    const { win, el } = await openRenamed('german', 16);
    const scriptsBefore = scriptsFetched(win);
    const shown = (): string => el.shadowRoot!.textContent ?? '';
    expect(shown()).to.not.match(/Umfrage|Stimme/);
    el.setAttribute('lang', 'de');
    await waitUntil(() => /Umfrage|Stimme|Abstimmen/.test(shown()), `no German on screen: ${shown().slice(0, 200)}`);
    expect(scriptsFetched(win), 'no script fetched for the language').to.deep.equal(scriptsBefore);
    expect(win.__hostLog!.errors).to.deep.equal([]);
  });
});
