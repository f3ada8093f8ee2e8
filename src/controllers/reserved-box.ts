/**
 * The host's box while a poll loads, so that the poll moves nothing on the page: the likely height is reserved from
 * the element's connection to the answer (the height this poll took before at this width, else
 * `--b24-vote-reserve`), then the box is the content's own. The poll's real height is taken once it shows, for the
 * next showing (state/poll-heights.ts). Written through a constructed style sheet of the host's own (CSSOM, so a
 * strict Content-Security-Policy allows it, and the page's `style` attribute stays the page's). The shown poll's
 * size comes from one ResizeObserver, after a frame's layout: no layout is forced for it. The width of a loading
 * poll is read at once, but only for a poll whose height is known: its box must be right before the first layout
 * (a box changed in that frame's resize observations would count as a layout shift).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { showsBallotForm } from '../state/display-rules.js';
import { recallHeight, rememberHeight, remembersPoll, type HeightKey } from '../state/poll-heights.js';
import type { SourceController } from './source-controller.js';
import type { VoteStore } from './store.js';

/** The likely height of a poll never seen at this width: a one-question poll of three or four answers. */
const RESERVE = 'var(--b24-vote-reserve,300px)';

const boxes = new WeakMap<Element, ReservedBox>();
let observer: ResizeObserver | undefined;

/** Reserves the loading poll's box and learns the shown poll's height. */
export class ReservedBox implements ReactiveController {
  private sheet: CSSStyleSheet | undefined;
  private reserving = false;
  /** The reserve of this loading was sized from memory (or found nothing to size it from). */
  private sized = false;
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
    // A question's image grows the poll when it arrives: its height is taken again then (load does not bubble; the
    // same listener added again is not added twice).
    this.host.shadowRoot?.addEventListener('load', this.onImage, true);
    this.update(false);
  }

  /** The remembered height is looked up here: after the first request has left (the first update waits for it). */
  hostUpdated(): void {
    this.update(true);
  }

  /** The poll was shown (loaded, re-read or written): its height is taken after the frame's layout. */
  shown(): void {
    this.learning = true;
    boxes.set(this.host, this);
    // Each observation is a one-off measurement: observed, reported once, unobserved (so no report loops).
    observer ??= new ResizeObserver((entries) => {
      for (const entry of entries) {
        observer!.unobserve(entry.target);
        const size = entry.borderBoxSize?.[0];
        if (size) boxes.get(entry.target)?.measured(size.inlineSize, size.blockSize);
      }
    });
    observer.unobserve(this.host); // observing again reports again, even when the size has not changed
    observer.observe(this.host);
  }

  private onImage = (event: Event): void => {
    if (this.store.poll && (event.target as Element).matches('[part~="image"]')) this.shown();
  };

  /** Called with the host's border box from the observer. */
  measured(width: number, height: number): void {
    const where = this.where();
    const { poll, changing, failure } = this.store;
    if (!where || width <= 0 || !this.learning || !poll || failure || this.reserving || height <= 0) return;
    this.learning = false;
    rememberHeight({ ...where, width }, !showsBallotForm(poll, changing), height);
  }

  /** Reserves while a named poll has neither shown nor failed; the content's own height otherwise. */
  private update(sizing: boolean): void {
    const reserving = !this.store.poll && !this.store.failure && !this.sources.idle;
    if (reserving !== this.reserving) {
      this.reserving = reserving;
      this.sized = false;
      this.write(reserving ? RESERVE : '');
    }
    if (reserving) this.adopt();
    const where = this.where();
    if (!sizing || !reserving || this.sized || !where) return;
    this.sized = true;
    // The width is read (a layout) only for a poll whose height is known at some width.
    if (!remembersPoll(where.scope, where.poll)) return;
    const width = this.host.getBoundingClientRect().width;
    const known = width > 0 && recallHeight({ ...where, width });
    // `none` makes the sum invalid, and so switches this reservation off too; any length adds nothing.
    if (known) this.write(`calc(${known}px + 0 * var(--b24-vote-reserve,0px))`);
  }

  /**
   * Where this poll's heights are kept, but for the width: the portal's origin, else (this page only) the transport;
   * and the poll as its height depends on it: which poll, and in which look (each lays results out its own way).
   */
  private where(): Omit<HeightKey, 'width'> | null {
    const source = this.sources.valid;
    if (!source) return null;
    const { transport, key } = source;
    const poll = this.host.getAttribute('appearance') === 'bitrix24' ? `${key} bitrix24` : key;
    return { scope: transport.origin ?? transport, poll };
  }

  /** The host's block size, min and max (the content cannot grow the box while it loads), or '' for its own. */
  private write(size: string): void {
    if (!this.host.shadowRoot?.adoptedStyleSheets) return; // no constructed sheets (very old browsers): no reserve
    this.sheet ??= new CSSStyleSheet();
    this.sheet.replaceSync(size && `:host{min-block-size:${size};max-block-size:${size}}`);
    this.adopt();
  }

  /** Checked on every update while reserving: whoever adopts the element's styles later replaces the list. */
  private adopt(): void {
    const root = this.host.shadowRoot;
    if (root && this.sheet && !root.adoptedStyleSheets.includes(this.sheet)) {
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.sheet];
    }
  }
}
