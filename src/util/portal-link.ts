/**
 * Resolves a portal-relative URL (`resultUrl`, images) against the portal's origin. Only http(s) results are
 * returned: a `javascript:` or `data:` URL from a broken answer must never become a link or an image.
 */
export function portalUrl(path: string | null | undefined, origin: string | undefined): string | null {
  if (!path) return null;
  try {
    const url = new URL(path, origin ?? undefined);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}
