/**
 * Voters' faces: the avatars beside an answer in the results (up to three, as Bitrix24 shows them) and in the
 * voter lists. An image that is missing or fails to load gives way to the voter's initials on a colour picked by
 * the user ID. Which image failed is kept by the directive of that place in the DOM, not by the element.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { AsyncDirective, directive, type DirectiveResult } from 'lit/async-directive.js';
import type { PollAnswer, PollFace } from '../api/types.js';
import type { VoteMessages } from '../i18n/types.js';
import { plainText } from './plain-text.js';

/** How many colours the initials cycle through (`.hue-0` .. `.hue-7` in the styles). */
const HUES = 8;

/** Up to two letters of a name: the first of its first and last words. */
export function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return '?';
  const first = [...words[0]!][0] ?? '';
  const last = words.length > 1 ? ([...words[words.length - 1]!][0] ?? '') : '';
  return (first + last).toLocaleUpperCase();
}

/** The colour class of a user's initials: the same user always gets the same colour. */
export function hueOf(userId: string): string {
  let hash = 0;
  for (const ch of userId) hash = (hash * 31 + ch.charCodeAt(0)) >>> 0;
  return `hue-${hash % HUES}`;
}

/** One face: the voter, its size in CSS pixels, and its text alternative ('' where the name shows beside it). */
type FaceArgs = [face: PollFace, size: number, alt: string];

class FaceDirective extends AsyncDirective {
  /** The image URL that failed here: this place shows initials until it gets another URL. */
  private failed: string | null = null;
  private args: FaceArgs | null = null;

  render(face: PollFace, size: number, alt: string): TemplateResult {
    this.args = [face, size, alt];
    if (face.image === null || face.image === this.failed) return initials(face, alt);
    return html`<img part="face" class="face" src=${face.image} width=${size} height=${size} alt=${alt}
      loading="lazy" decoding="async" referrerpolicy="no-referrer" @error=${this.onError} />`;
  }

  private onError = (event: Event): void => {
    const image = (event.target as HTMLImageElement).getAttribute('src');
    if (!this.args || image !== this.args[0].image) return;
    this.failed = image;
    this.setValue(this.render(...this.args));
  };
}

/** One voter's face: their avatar, or their initials when there is none or it fails to load. */
export const face: (face: PollFace, size: number, alt: string) => DirectiveResult<typeof FaceDirective> =
  directive(FaceDirective);

function initials(voter: PollFace, alt: string): TemplateResult {
  // The styles size it like the image it stands in for (no layout shift when an image fails); a named one is an
  // image to assistive technology, one whose name shows beside it is hidden.
  return html`<span part="face" class=${`face initials ${hueOf(voter.id)}`}
    role=${alt ? 'img' : nothing} aria-label=${alt || nothing} aria-hidden=${alt ? nothing : 'true'}
    >${initialsOf(voter.name)}</span>`;
}

/** The faces of an answer in the results: no names beside them, so each face is named; "and N more" after. */
export function renderFaces(m: VoteMessages, answer: PollAnswer): TemplateResult | typeof nothing {
  const faces = answer.faces ?? [];
  if (faces.length === 0) return nothing;
  const more = answer.votes - faces.length;
  return html`<span part="faces" class="faces" role="group" aria-label=${m.facesOf(plainText(answer.text, answer.html))}>
    ${faces.map((f) => face(f, 24, f.name || m.unnamedVoter))}
    ${more > 0 ? html`<span class="faces-more">${m.andMore(more)}</span>` : nothing}
  </span>`;
}
