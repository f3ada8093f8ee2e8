/**
 * Voters' faces: the avatars beside an answer in the results (up to three, as Bitrix24 shows them) and in the
 * voter lists. An image that is missing or fails to load gives way to the voter's initials on a colour picked by
 * the user ID.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { PollAnswer, PollFace } from '../api/types.js';
import type { VoteMessages } from '../i18n/types.js';
import { plainText } from './plain-text.js';

/** How many colours the initials cycle through (`.hue-0` .. `.hue-7` in the styles). */
const HUES = 8;

/** Up to two letters of a name: the first of its first and last words. */
export function initialsOf(name: string): string {
  // The first character (a whole code point: `u`) of every word.
  const firsts = name.match(/(?<!\S)\S/gu);
  if (!firsts) return '?';
  return (firsts[0]! + (firsts.length > 1 ? firsts.pop()! : '')).toLocaleUpperCase();
}

/** The colour class of a user's initials: the same user always gets the same colour. */
export function hueOf(userId: string): string {
  let hash = 0;
  for (const ch of userId) hash = (hash * 31 + ch.charCodeAt(0)) >>> 0;
  return `hue-${hash % HUES}`;
}

/**
 * Image URLs that failed to load on this page: every place that shows one shows the initials instead (an image
 * that failed once would fail again).
 */
const failed = new Set<string>();

/**
 * An avatar failed: remember it and re-render. Lit calls event listeners with its render's host as `this` (the
 * element), so no directive or state of our own has to keep the failure per place.
 */
function onImageError(this: { requestUpdate?(): void } | undefined, event: Event): void {
  const image = (event.target as HTMLImageElement).getAttribute('src');
  if (image === null || failed.has(image)) return;
  failed.add(image);
  this?.requestUpdate?.();
}

/** One voter's face: their avatar, or their initials when there is none or it fails to load. */
export function face(face: PollFace, size: number, alt: string): TemplateResult {
  if (face.image === null || failed.has(face.image)) return initials(face, alt);
  return html`<img part="face" class="face" src=${face.image} width=${size} height=${size} alt=${alt}
    loading="lazy" decoding="async" referrerpolicy="no-referrer" @error=${onImageError} />`;
}

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
