// Every html sample of README.md, loaded as pasted into a page (an iframe) against the same-origin emulator. Only
// the places a reader fills in are swapped: the CDN URL for the built bundle (`npm run build`), the portal
// (`https://your-portal.bitrix24.com`) for the emulator and `your-webhook-code` for its code. Each tag with a
// webhook must show its poll as a ballot (the README's user has not voted), and nothing may throw.
import { expect, waitUntil } from '@open-wc/testing';
import type { B24AttachedVote } from '../../src/element.js';
import { codeBlocks } from '../../scripts/readme-samples.js';
import { resetPortal } from './support.js';

/** The README's CDN URLs (jsDelivr or unpkg, any pinned version). */
const cdn = /https:\/\/(?:cdn\.jsdelivr\.net\/npm|unpkg\.com)\/b24-attached-vote(?:@[\w.-]+)?\/dist\/b24-attached-vote\.bundle\.js/;

function asLocal(html: string): string {
  return html
    .replace(new RegExp(cdn.source, 'g'), '/__test/cms/dist/b24-attached-vote.bundle.js')
    .replaceAll('https://your-portal.bitrix24.com', location.origin)
    .replaceAll('your-webhook-code', 'demo');
}

type FrameWindow = Window & typeof globalThis;

async function load(html: string): Promise<{ frame: HTMLIFrameElement; win: FrameWindow; errors: string[] }> {
  const frame = document.createElement('iframe');
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8"><script>
    window.__errors = []; addEventListener('error', (e) => __errors.push(String(e.message)));
    addEventListener('unhandledrejection', (e) => __errors.push(String(e.reason)));</script></head><body>${html}</body></html>`;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as FrameWindow;
  return { frame, win, errors: (win as unknown as { __errors: string[] }).__errors };
}

describe('the README html samples', () => {
  let html: string[] = [];

  before(async () => {
    const readme = await (await fetch('/README.md', { cache: 'no-store' })).text();
    html = codeBlocks(readme).filter((block) => block.lang === 'html').map((block) => block.code);
  });
  beforeEach(resetPortal);
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('has html samples, each loading the CDN file', () => {
    expect(html.length).to.be.greaterThan(0);
    for (const sample of html) expect(sample, sample).to.match(cdn);
  });

  it('every sample defines the tag and shows a ballot wherever a transport is given', async () => {
    let withTransport = 0;
    for (const sample of html) {
      const { win, errors, frame } = await load(asLocal(sample));
      await waitUntil(() => win.customElements.get('b24-attached-vote'), `the tag is not defined:\n${sample}`, { timeout: 8000 });
      for (const el of win.document.querySelectorAll<B24AttachedVote>('b24-attached-vote[webhook-url]')) {
        withTransport++;
        await waitUntil(() => el.status === 'ready', `no poll (status ${el.status}) for:\n${sample}`, { timeout: 8000 });
        expect(el.poll!.isVoted, 'the README user has not voted yet').to.be.false;
        expect(el.shadowRoot!.querySelectorAll('input').length, 'a ballot is shown').to.be.greaterThan(0);
      }
      expect(errors, sample).to.deep.equal([]);
      frame.remove();
    }
    expect(withTransport, 'some sample has a webhook').to.be.greaterThan(0);
  });
});
