import { noChange } from 'lit';
import { Directive, directive, PartType, type AttributePart, type DirectiveResult, type PartInfo } from 'lit/directive.js';

/**
 * `style=${cssomStyle('width', '40%')}`: sets one inline style property through the CSSOM (`element.style`), never
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

  render(_property: string, _value: string): typeof noChange {
    return noChange;
  }

  override update(part: AttributePart, [property, value]: [string, string]): typeof noChange {
    part.element.style.setProperty(property, value);
    return noChange;
  }
}

// Typed explicitly so that the declaration names lit/directive.js (a dependency), not lit-html's own path.
export const cssomStyle: (property: string, value: string) => DirectiveResult<typeof CssomStyle> = directive(CssomStyle);
