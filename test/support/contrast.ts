/**
 * Contrast measured from computed styles, for the looks' tests: axe reports text over a partial fill as
 * "incomplete", so the pairs that matter are measured here with WCAG's formula.
 */
type Rgb = [number, number, number];

function rgb(color: string): Rgb & { alpha: number } {
  const [r = 0, g = 0, b = 0, alpha = 1] = (color.match(/[\d.]+/g) ?? []).map(Number);
  return Object.assign([r, g, b] as Rgb, { alpha });
}

function luminance([r, g, b]: Rgb): number {
  const lin = (c: number) => (c / 255 <= 0.03928 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** The WCAG contrast ratio of two computed colors. */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(rgb(a)), luminance(rgb(b))].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** An element's computed background color. */
export const background = (el: Element): string => getComputedStyle(el).backgroundColor;
/** An element's computed text color. */
export const color = (el: Element): string => getComputedStyle(el).color;

/** The first opaque background at or behind an element, through shadow boundaries up to the page. */
function backdrop(from: Element): string {
  for (let node: Element | null = from; node; node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host ?? null)) {
    const bg = background(node);
    if (rgb(bg).alpha === 1) return bg;
  }
  return 'rgb(255, 255, 255)';
}

/**
 * Every visible text in a shadow root with its contrast against the background behind it. Left out: what `skip`
 * matches (e.g. text over a partial fill, measured apart), disabled controls, visually hidden text.
 */
export function textContrasts(root: ShadowRoot, skip: string): Array<{ text: string; ratio: number }> {
  return [...root.querySelectorAll('*')]
    .filter((e) => [...e.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim()))
    .filter((e) => e.getClientRects().length > 0 && !e.closest(`.visually-hidden, :disabled, [role="status"], ${skip}`))
    .map((e) => ({ text: e.textContent!.trim().slice(0, 30), ratio: contrast(color(e), backdrop(e)) }));
}
