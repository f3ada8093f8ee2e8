/**
 * The host's box while a poll loads, so that the poll moves nothing on the page: the likely height is reserved from
 * the element's connection to the answer (the height this poll took before at this width, else
 * `--b24-vote-reserve`), then the box is the content's own. The poll's real height is taken once it shows, for the
 * next showing (state/poll-heights.ts). Written through a constructed style sheet of the host's own (CSSOM, so a
 * strict Content-Security-Policy allows it, and the page's `style` attribute stays the page's); sizes are read
 * from one ResizeObserver, which reports after the frame's layout and before its paint: no layout is forced, and a
 * height set there is on screen in the same frame.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { showsBallotForm } from '../state/display-rules.js';
import { recallHeight, rememberHeight, type HeightKey } from '../state/poll-heights.js';
import type { SourceController } from './source-controller.js';
import type { VoteStore } from './store.js';

/** The likely height of a poll never seen at this width: a one-question poll of three or four answers. */
const RESERVE = 'min-block-size:var(--b24-vote-reserve,300px)';

const boxes = new WeakMap<Element, ReservedBox>();
let observer: ResizeObserver | undefined;

/** Each observation is a one-off measurement: observed, reported once, unobserved (so no report loops). */
function measure(box: ReservedBox, host: Element): void {
  boxes.set(host, box);
  observer ??= new ResizeObserver((entries) => {
    for (const entry of entries) {
      observer!.unobserve(entry.target);
      const size = entry.borderBoxSize?.[0];
      if (size) boxes.get(entry.target)?.measured(size.inlineSize, size.blockSize);
    }
  });
  observer.unobserve(host); // observing again reports again, even when the size has not changed
  observer.observe(host);
}

/** Reserves the loading poll's box and learns the shown poll's height. */
export class ReservedBox implements ReactiveController {
  private sheet: CSSStyleSheet | undefined;
  private reserving = false;
  /** The poll was shown since its height was last taken. */
  private learning = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly store: VoteStore,
    private readonly sources: SourceController,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.update();
  }

  hostUpdated(): void {
    this.update();
  }

  /** The poll was shown (loaded, re-read or written): its height is taken after the frame's layout. */
  shown(): void {
    this.learning = true;
    measure(this, this.host);
  }

  /** Called with the host's border box from the observer. */
  measured(width: number, height: number): void {
    const key = this.key(width);
    const { poll, changing } = this.store;
    if (!key) return;
    if (this.reserving) {
      const known = recallHeight(key);
      const off = getComputedStyle(this.host).getPropertyValue('--b24-vote-reserve').trim() === 'none';
      if (known && !off) this.write(`min-block-size:${known}px;max-block-size:${known}px`);
    } else if (this.learning && poll && height > 0 && !this.store.failure) {
      this.learning = false;
      rememberHeight(key, showsBallotForm(poll, changing) ? 'form' : 'results', height);
    }
  }

  /** Reserves while a named poll has neither shown nor failed; the content's own height otherwise. */
  private update(): void {
    const reserving = !this.store.poll && !this.store.failure && !this.sources.idle;
    if (reserving === this.reserving) return;
    this.reserving = reserving;
    this.write(reserving ? RESERVE : '');
    if (reserving) measure(this, this.host);
  }

  private key(width: number): HeightKey | null {
    const source = this.sources.valid;
    return source && width > 0 ? { scope: source.transport.origin ?? source.transport, poll: source.key, width } : null;
  }

  private write(declarations: string): void {
    const root = this.host.shadowRoot;
    if (!root?.adoptedStyleSheets) return; // no constructed sheets (very old browsers): nothing reserved
    this.sheet ??= new CSSStyleSheet();
    this.sheet.replaceSync(declarations && `:host{${declarations}}`);
    // Checked on every write: whoever adopts the element's styles later replaces the list.
    if (!root.adoptedStyleSheets.includes(this.sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.sheet];
  }
}
