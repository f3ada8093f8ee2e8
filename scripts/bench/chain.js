// The request chain before a poll shows, from the page's resource timing: how many requests sat in series
// between navigation and "poll visible". A request depends on every request that had ended before it started
// (the page could not have asked for it earlier), and on the page itself; its depth is one more than the deepest
// of those. A CORS preflight (which resource timing folds into its request) is one more link in front of it.

/** `/rest/7/abc123/vote.AttachedVote.get` -> `/rest/7/***\/vote.AttachedVote.get`, as the emulator logs paths. */
export function maskedPath(url) {
  return new URL(url).pathname.replace(/^\/rest\/(\d+)\/[^/]+\//, '/rest/$1/***/');
}

/** A short name for a request: the file name of a script, the REST method of a call. */
export function shortName(url, type) {
  if (type === 'navigation') return 'page';
  const path = new URL(url).pathname;
  const rest = path.match(/^\/rest\/(?:\d+\/[^/]+\/)?([^/]+?)(?:\.json)?$/);
  return rest ? rest[1] : path.split('/').pop() || path;
}

/**
 * The chain of the requests that ended by `until` (ms since navigation start).
 * `timings`: [{ name, type, start, end }] (navigation first); `preflighted`: the masked paths that got a
 * preflight, one entry per preflight (consumed in request order). Returns { depth, links: [names], rows } where
 * rows are every request with its depth (later ones too, marked `after`), in start order.
 */
export function requestChain(timings, until, preflighted = []) {
  const left = [...preflighted];
  const rows = [...timings].sort((a, b) => a.start - b.start).map((t) => {
    const at = t.type === 'navigation' ? -1 : left.indexOf(maskedPath(t.name));
    if (at >= 0) left.splice(at, 1);
    return { ...t, label: shortName(t.name, t.type), preflight: at >= 0, depth: 0, parent: null, after: t.end > until };
  });
  const page = rows.find((r) => r.type === 'navigation');
  for (const row of rows) {
    if (row === page) {
      row.depth = 1;
      continue;
    }
    // Requests are sorted by start: every possible parent has its depth already.
    let parent = page ?? null;
    for (const other of rows) {
      if (other === row || other === page || other.start >= row.start) continue;
      if (other.end <= row.start && other.depth >= (parent?.depth ?? 0)) parent = other;
    }
    row.parent = parent;
    row.depth = (parent?.depth ?? 0) + 1 + (row.preflight ? 1 : 0);
  }
  const before = rows.filter((r) => !r.after);
  const deepest = before.reduce((best, r) => (r.depth >= (best?.depth ?? 0) ? r : best), null);
  const links = [];
  for (let r = deepest; r; r = r.parent) {
    links.unshift(r.label);
    if (r.preflight) links.unshift('preflight');
  }
  return { depth: deepest?.depth ?? 0, links, rows };
}
