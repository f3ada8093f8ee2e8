// The three pages the cold-start bench loads: the element as the README tells a CMS author to embed it, and the
// two floors (scripts/bench/floor-poll.js, plain and padded to the CDN file's gzip size). All three share one
// shell with a paragraph of text below the poll, so that a poll that pushes the text down shows up as layout shift
// on every page alike.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The gzip level the bench's server uses for every file, and the one the size match is computed with. */
export const GZIP_LEVEL = 9;

const CDN_SCRIPT = /^<script type="module" src="(https:\/\/[^"]+\/b24-attached-vote\.bundle\.js)"><\/script>$/m;
/** The line before the script that keeps the poll's place until the element is defined (README "No layout shift"). */
const RESERVE_STYLE = /^<style>b24-attached-vote:not\(:defined\)\{[^<]*\}<\/style>$/m;
const WEBHOOK_TAG = /^<b24-attached-vote attach-id="(\d+)" webhook-url="(https:\/\/[^"]+)"><\/b24-attached-vote>$/m;

/** The ```html blocks of a Markdown text, in order. */
function htmlBlocks(markdown) {
  return [...markdown.matchAll(/^```html\n([^]*?)^```$/gm)].map((m) => m[1]);
}

/**
 * The README's embed, read at run time: the CDN script line of the first html block that has one (Usage) with the
 * `<style>` line of that block that reserves the poll's place (empty when it has none), and the webhook tag of the
 * "With a webhook" block, each verbatim. Throws when the README no longer has them, so the
 * bench never measures a page the README does not show.
 */
export function readmeSnippet(root) {
  const blocks = htmlBlocks(readFileSync(join(root, 'README.md'), 'utf8'));
  const block = blocks.find((b) => CDN_SCRIPT.test(b));
  const script = block?.match(CDN_SCRIPT);
  const tag = blocks.map((b) => b.match(WEBHOOK_TAG)).find(Boolean);
  if (!script) throw new Error('README.md: no html block with <script type="module" src="https://…/b24-attached-vote.bundle.js"></script>');
  if (!tag) throw new Error('README.md: no html block with <b24-attached-vote attach-id="N" webhook-url="https://…"></b24-attached-vote>');
  const styleLine = block.match(RESERVE_STYLE)?.[0] ?? '';
  return { styleLine, scriptLine: script[0], cdnUrl: script[1], tagLine: tag[0], attachId: Number(tag[1]), webhookUrl: tag[2] };
}

const shell = (title, body) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title></head>
<body>
${body}
<p>Text below the poll. Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut
labore et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris nisi ut aliquip ex
ea commodo consequat. Duis aute irure dolor in reprehenderit in voluptate velit esse cillum dolore eu fugiat nulla.</p>
</body></html>
`;

/** The element's page: the README's lines (style, script, tag), with only the bundle URL and the webhook URL replaced. */
export function elementPage(snippet, { bundlePath, webhook }) {
  const script = snippet.scriptLine.replace(snippet.cdnUrl, bundlePath);
  const tag = snippet.tagLine.replace(snippet.webhookUrl, webhook);
  return shell('b24-attached-vote cold start', `${snippet.styleLine}\n${script}\n\n${tag}`);
}

/** A floor's page: the same shell, one module script and the box it writes the poll into. */
export function floorPage({ scriptPath, webhook, attachId }) {
  const box = `<div id="poll" data-webhook="${webhook}" data-attach-id="${attachId}"></div>`;
  return shell('floor cold start', `<script type="module" src="${scriptPath}"></script>\n\n${box}`);
}

/**
 * The floor script, and the same script padded with a comment of random base64 (which gzip cannot shrink below
 * about 3/4) until its gzip size is within 0.5 % of `targetGzip`: the floor then costs the same bytes on the
 * wire as the element, and what remains between them is design (chains, preflights, main-thread work).
 */
export function floorScripts(root, targetGzip) {
  const plain = readFileSync(join(root, 'scripts/bench/floor-poll.js'), 'utf8');
  const gz = (text) => gzipSync(text, { level: GZIP_LEVEL }).length;
  const noise = randomBytes(Math.ceil(targetGzip * 1.5)).toString('base64');
  const padded = (n) => `${plain}\n/* padding to the element's gzip size: ${noise.slice(0, n)} */\n`;
  // gzip size grows monotonically (give or take a few bytes) with the pad: bisect the pad length.
  let low = 0;
  let high = noise.length;
  while (high - low > 1) {
    const mid = (low + high) >> 1;
    if (gz(padded(mid)) < targetGzip) low = mid;
    else high = mid;
  }
  const text = padded(high);
  const size = gz(text);
  if (Math.abs(size - targetGzip) > Math.max(64, targetGzip * 0.005)) {
    throw new Error(`padded floor: ${size} B gzip, wanted ${targetGzip} B`);
  }
  return { plain, padded: text, plainGzip: gz(plain), paddedGzip: size };
}
