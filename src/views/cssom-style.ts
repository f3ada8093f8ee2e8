import { noChange } from 'lit';
import { Directive, directive, PartType, type AttributePart, type DirectiveResult, type PartInfo } from 'lit/directive.js';

/**
 * `style=${cssomStyle('width', '40%')}`: sets inline style properties (name, value, name, value...) through the
 * CSSOM (`element.style`), never
 * through the `style` attribute. A strict Content-Security-Policy (`style-src 'self'`, no `'unsafe-inline'`)
 * blocks style attributes, including the one Lit's `styleMap` writes on its first render, but not CSSOM writes.
 */
class CssomStyle extends Directive {
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ATTRIBUTE || (part as { name?: string }).name !== 'style') {
      throw new Error('cssomStyle() must be the whole value of a style attribute');
    }
  }

  render(..._pairs: string[]): typeof noChange {
    return noChange;
  }

  override update(part: AttributePart, pairs: string[]): typeof noChange {
    for (let i = 0; i < pairs.length; i += 2) part.element.style.setProperty(pairs[i]!, pairs[i + 1]!);
    return noChange;
  }
}

// Typed explicitly so that the declaration names lit/directive.js (a dependency), not lit-html's own path.
export const cssomStyle: (...pairs: string[]) => DirectiveResult<typeof CssomStyle> = directive(CssomStyle);
