import { html, nothing, type TemplateResult } from 'lit';
import type { PollQuestion } from '../api/types.js';
import { portalUrl } from './links.js';

/** A question's picture (decoration: the question's text says it all), in the ballot form and the results alike. */
export function renderQuestionImage(q: PollQuestion, origin?: string): TemplateResult | typeof nothing {
  const image = portalUrl(q.image, origin);
  return image ? html`<img part="image" class="question-image" src=${image} alt="" loading="lazy" />` : nothing;
}
