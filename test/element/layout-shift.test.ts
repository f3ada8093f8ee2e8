/**
 * The poll moves nothing on the page it is pasted into (issue 24): an article (a heading, a paragraph, the poll, more
 * paragraphs) in an iframe of a phone's or a desktop's size, with the README's one-line style and the element's
 * module, as a reader opens it. From the page's first script on, every frame records where the paragraph under the
 * poll is; Chromium also sums its `layout-shift` entries (Firefox has no Layout Instability API: the offsets are the
 * measure there). A first visit may move the text once, by the difference between the reserve and the poll; a
 * returning reader (a new page, the height remembered in localStorage) sees no move at all. The returning reader
 * has the script in the browser's cache: it has run when the article first paints, which the page here makes
 * certain by showing the article once the module has loaded (the module graph is not cached by the test server).
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { B24AttachedVote } from '../../src/element.js';
import { resetPortal, webhook } from './support.js';

interface Recording {
  /** The paragraph's offset from the page's top, each time it changed, from the first frame. */
  offsets: number[];
  /** The sum of Chromium's layout-shift entries (null elsewhere). */
  shift: number | null;
}

type ArticleWindow = Window & typeof globalThis & { __record: Recording };

const VIEWPORTS = { phone: [375, 667], desktop: [1280, 800] } as const;
const STORE = 'b24-attached-vote.heights';

/** The snippet's one-line style, as the README has it. */
async function readmeStyle(): Promise<string> {
  const readme = await (await fetch('/README.md', { cache: 'no-store' })).text();
  const line = readme.split('\n').find((l) => l.startsWith('<style>b24-attached-vote'));
  if (!line) throw new Error('README.md: no <style>b24-attached-vote… line in the snippets');
  return line;
}

/** A new poll of `answers` answers in a chat (user 1 sends it; user 10 and up see a ballot). */
async function newPoll(answers: number): Promise<number> {
  const response = await fetch(`${webhook(1)}vote.Integration.Im.send`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      chatId: 7,
      IM_MESSAGE_VOTE_DATA: {
        QUESTIONS: [{
          QUESTION: 'Which of these should the team do on the next offsite day?',
          FIELD_TYPE: 0,
          ANSWERS: Array.from({ length: answers }, (_, i) => ({ MESSAGE: `Option number ${i + 1}` })),
        }],
        ANONYMITY: 1,
        OPTIONS: 1,
      },
    }),
  });
  return Number(((await response.json()) as { result: { messageId: number } }).result.messageId);
}

const text = 'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et '
  + 'dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris nisi ut aliquip.';

/**
 * The article, recording from its first script; the element's module is loaded by the page itself. `defined`: the
 * article shows once the module has run (as with a cached script), else the module loads after the first paint.
 */
function article(style: string, messageId: number, defined = false): string {
  const body = `<h1>An article with a poll</h1>
<p>${text}</p>
<b24-attached-vote module-id="im" entity-id="${messageId}" webhook-url="${webhook(10)}"></b24-attached-vote>
<p id="below">${text}</p>
<p>${text}</p>
<p>${text}</p>`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<script>
  window.__record = { offsets: [], shift: null };
  if (PerformanceObserver.supportedEntryTypes.includes('layout-shift')) {
    __record.shift = 0;
    new PerformanceObserver((list) => { for (const e of list.getEntries()) __record.shift += e.value; })
      .observe({ type: 'layout-shift', buffered: true });
  }
  // Read after each frame's paint (a task queued from the frame's callbacks): what the reader saw. Read in the
  // callbacks themselves, it would be the layout before that frame's resize observations, which may never paint.
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    const below = document.getElementById('below');
    if (below) {
      const top = below.getBoundingClientRect().top;
      if (__record.offsets.at(-1) !== top) __record.offsets.push(top);
    }
  };
  (function frame() {
    channel.port2.postMessage(null);
    requestAnimationFrame(frame);
  })();
</script>
${style}
${defined
    ? `<script type="module">await import('/src/index.ts'); document.body.innerHTML = ${JSON.stringify(body)};</script>`
    : '<script type="module" src="/src/index.ts"></script>'}
</head><body style="margin: 0 auto; max-width: 680px; padding: 0 16px; font: 16px/1.5 sans-serif">
${defined ? '' : body}
</body></html>`;
}

/** Opens the article as a new page and returns what it recorded once the poll has shown (and two frames more). */
async function visit(html: string, [width, height]: readonly [number, number]): Promise<Recording & { box: number; poll: number }> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `position: fixed; inset: 0 auto auto 0; width: ${width}px; height: ${height}px; border: 0`;
  frame.srcdoc = html;
  document.body.append(frame);
  try {
    await waitUntil(() => frame.contentDocument?.querySelector<B24AttachedVote>('b24-attached-vote')?.status === 'ready',
      'the poll did not show', { timeout: 8000 });
    const win = frame.contentWindow as ArticleWindow;
    const el = frame.contentDocument!.querySelector<B24AttachedVote>('b24-attached-vote')!;
    await el.updateComplete;
    for (let i = 0; i < 3; i++) await new Promise((resolve) => win.requestAnimationFrame(resolve));
    const poll = el.shadowRoot!.querySelector('[part~="poll"]')!.getBoundingClientRect().height;
    return { ...win.__record, offsets: [...win.__record.offsets], box: el.getBoundingClientRect().height, poll };
  } finally {
    frame.remove();
  }
}

describe('the poll on an article page moves nothing', function () {
  this.timeout(30000);
  let style = '';

  before(async () => {
    style = await readmeStyle();
  });
  beforeEach(async () => {
    await resetPortal();
    localStorage.removeItem(STORE);
  });

  for (const [name, viewport] of Object.entries(VIEWPORTS)) {
    for (const answers of [2, 4, 8]) {
      it(`${name}, ${answers} answers: a first visit moves the text once at most; a returning reader, not at all`, async () => {
        const messageId = await newPoll(answers);
        const first = await visit(article(style, messageId), viewport);
        expect(first.box, 'the box is the poll\'s own height: no empty space under it').to.be.closeTo(first.poll, 0.5);
        expect(first.offsets.length, `one move at most: ${first.offsets.join(' -> ')}`).to.be.at.most(2);
        const moved = first.offsets.length === 2 ? Math.abs(first.offsets[1]! - first.offsets[0]!) : 0;
        expect(moved, 'by the difference between the reserve and the poll').to.be.closeTo(Math.abs(300 - first.poll), 0.5);
        console.log(`${name} ${answers} answers, first visit: moved ${moved.toFixed(1)} px, layout shift ${first.shift?.toFixed(4) ?? 'n/a'}`);

        const stored = localStorage.getItem(STORE) ?? '';
        expect(stored, 'numbers only: nothing of the portal or the poll').to.match(/^\{("[0-9a-z]+\.\d+\.[01]":\[[\d.]+,\d+\],?)+\}$/);

        const again = await visit(article(style, messageId, true), viewport);
        expect(again.offsets, `a returning reader: ${again.offsets.join(' -> ')}`).to.have.length(1);
        expect(again.box).to.be.closeTo(again.poll, 0.5);
        if (again.shift !== null) expect(again.shift, 'layout shift, returning reader').to.equal(0);
        console.log(`${name} ${answers} answers, returning reader: layout shift ${again.shift?.toFixed(4) ?? 'n/a'}`);
      });
    }
  }
});
