// Prints what scripts/bench/cold-start.js measured: per profile a table of the element against both floors with
// the goals beside the figures, the chain, and one run's waterfall of the element and of the size-matched floor.
import { VARIANTS } from './cold-start.js';
import { coverageLines } from './coverage.js';

const GOAL_RATIO = 1.1;
const GOAL_CHAIN = 3;

const sorted = (list) => [...list].sort((a, b) => a - b);
/** The median (the lower middle of an even count), min and max of a list of numbers. */
export function spread(list) {
  const s = sorted(list);
  return { median: s[Math.floor((s.length - 1) / 2)], min: s[0], max: s.at(-1), n: s.length };
}

const num = (v) => String(Math.round(v));
const ms = (v) => `${Math.round(v)} ms`;
const kb = (v) => `${(v / 1024).toFixed(1)} KB`;
const kbNum = (v) => (v / 1024).toFixed(1);
const ratio = (a, b) => `x${(a / b).toFixed(2)}`;
const verdict = (ok) => (ok ? 'MET' : 'MISSED');

function table(rows) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
  const line = (r) => `| ${r.map((c, i) => String(c).padEnd(widths[i])).join(' | ')} |`;
  return [line(rows[0]), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.slice(1).map(line)];
}

function waterfall(sample, title) {
  const lines = [`  ${title} (visible at ${ms(sample.visible)}):`];
  const scale = Math.max(...sample.chain.rows.map((r) => r.end), sample.visible) / 40;
  for (const r of sample.chain.rows) {
    const bar = `${' '.repeat(Math.round(r.start / scale))}${'#'.repeat(Math.max(1, Math.round((r.end - r.start) / scale)))}`;
    const name = `${r.preflight ? 'preflight + ' : ''}${r.label}`;
    lines.push(`    ${String(Math.round(r.start)).padStart(5)}-${String(Math.round(r.end)).padEnd(5)} depth ${r.depth}${r.after ? ' (after visible)' : '                '}  ${bar.padEnd(42)} ${name}`);
  }
  return lines;
}

/** The sample whose visible time is the median one (for the waterfall). */
const medianSample = (samples) => {
  const order = [...samples].sort((a, b) => a.visible - b.visible);
  return order[Math.floor((order.length - 1) / 2)];
};

/**
 * The two stretches of a page load that are the page's own work, not the network's: from the script's last byte
 * to its REST call leaving (compile, run, define, first render), and from the REST answer's last byte to the poll
 * painted (parse the answer, render, layout, paint). From the chain's rows: the REST call and its parent script.
 */
function ownWork(sample) {
  const { rest, script } = loadRows(sample);
  return rest && script ? { toRest: rest.start - script.end, toPaint: sample.visible - rest.end } : null;
}

/** The chain's rows of the load's REST call and of the script it came from (either undefined when missing). */
function loadRows(sample) {
  const rest = sample.chain.rows.find((r) => r.type === 'fetch' && !r.after);
  const script = rest && sample.chain.rows.find((r) => r.type === 'script' && r.end <= rest.start);
  return { rest, script };
}

/** The median of one stretch over a page's samples (`work` picks the stretches of a sample). */
function stretch(list, work, key) {
  const values = list.map(work).filter(Boolean).map((w) => w[key]);
  return values.length ? ms(spread(values).median) : '?';
}

function mainThread(element, floor) {
  return `script loaded -> REST call leaves ${stretch(element, ownWork, 'toRest')} / ${stretch(floor, ownWork, 'toRest')}; `
    + `REST answer -> poll painted ${stretch(element, ownWork, 'toPaint')} / ${stretch(floor, ownWork, 'toPaint')}`;
}

/**
 * The element's start split at its `customElements.define()` call (the probe times it; the upgrade of the tag
 * already in the page runs inside it): script loaded -> define called (the rest of the compile, the module's top
 * level), the call itself (constructor, connect, the load's start), define returned -> the REST call leaves.
 */
function startSplit(element) {
  const split = (sample) => {
    const { rest, script } = loadRows(sample);
    const { define } = sample;
    return rest && script && define
      ? { toDefine: define.start - script.end, define: define.end - define.start, toRest: rest.start - define.end }
      : null;
  };
  return `script loaded -> define() called ${stretch(element, split, 'toDefine')}, define() itself ${stretch(element, split, 'define')}, `
    + `define() returned -> REST call leaves ${stretch(element, split, 'toRest')}`;
}

/** The same for the vote: click -> its REST call leaves, its answer's last byte -> results painted. */
// The element draws a vote's results at the click, before its request has an answer (often before the measurement
// has seen the request leave): its stretches say nothing, and "click Vote -> results" above is its figure.
function voteThread(floor) {
  const work = (sample) => sample.voteWork;
  return `click -> REST call leaves ${stretch(floor, work, 'toRest')}; REST answer -> results painted ${stretch(floor, work, 'toPaint')}`;
}

/** Prints the cold-start section. */
export function printColdStart({ profiles, setup }) {
  const out = [];
  out.push('', `Cold start (median of ${setup.runs} runs per page and profile, interleaved, after 1 warm-up round; min-max in brackets)`);
  for (const { profile, samples, failures, coverage } of profiles) {
    out.push('', `## ${profile.label}${profile.cpu > 1 ? '' : ' (CPU not throttled)'}`);
    const missing = VARIANTS.filter((v) => samples[v.key].length === 0);
    for (const v of VARIANTS) {
      if (failures[v.key].length) out.push(`  ${v.label}: ${failures[v.key].length} failed run(s): ${[...new Set(failures[v.key])].join('; ')}`);
    }
    if (missing.length) {
      out.push(`  no figures for ${missing.map((v) => v.label).join(', ')}: nothing to compare`);
      continue;
    }
    const s = Object.fromEntries(VARIANTS.map((v) => [v.key, {
      visible: spread(samples[v.key].map((x) => x.visible)),
      vote: spread(samples[v.key].map((x) => x.vote)),
      depth: spread(samples[v.key].map((x) => x.chain.depth)),
      bytes: spread(samples[v.key].map((x) => x.bytes)),
      preflights: spread(samples[v.key].map((x) => x.preflights.load + x.preflights.vote)),
      cls: spread(samples[v.key].map((x) => x.cls)),
      toRest: spread(samples[v.key].map(ownWork).filter(Boolean).map((w) => w.toRest)),
    }]));
    const cell = (st, fmt, bare = fmt) => `${fmt(st.median)} (${bare(st.min)}-${bare(st.max)})`;
    const e = s.element;
    const p = s.padded;
    const f = s.floor;
    const el = samples.element;
    const preflightSplit = (list) => {
      const load = spread(list.map((x) => x.preflights.load)).median;
      const vote = spread(list.map((x) => x.preflights.vote)).median;
      return `${load + vote} (load ${load}, vote ${vote})`;
    };
    const cls = (v) => v.toFixed(3);
    out.push(...table([
      ['measure', 'element', 'plain floor', 'size-matched floor', 'vs plain', 'vs size-matched', 'goal', ''],
      ['poll visible', cell(e.visible, ms, num), cell(f.visible, ms, num), cell(p.visible, ms, num), ratio(e.visible.median, f.visible.median), ratio(e.visible.median, p.visible.median),
        `<= x${GOAL_RATIO} of size-matched`, verdict(e.visible.median <= p.visible.median * GOAL_RATIO)],
      ['script -> REST call leaves', cell(e.toRest, ms, num), cell(f.toRest, ms, num), cell(p.toRest, ms, num), ratio(e.toRest.median, f.toRest.median), ratio(e.toRest.median, p.toRest.median), '', ''],
      ['click Vote -> results', cell(e.vote, ms, num), cell(f.vote, ms, num), cell(p.vote, ms, num), ratio(e.vote.median, f.vote.median), ratio(e.vote.median, p.vote.median),
        `<= x${GOAL_RATIO} of size-matched`, verdict(e.vote.median <= p.vote.median * GOAL_RATIO)],
      ['chain before visible', cell(e.depth, String), cell(f.depth, String), cell(p.depth, String), '', '', `${GOAL_CHAIN} (page, script, REST)`, verdict(e.depth.median <= GOAL_CHAIN)],
      ['bytes before visible', cell(e.bytes, kb, kbNum), cell(f.bytes, kb, kbNum), cell(p.bytes, kb, kbNum), ratio(e.bytes.median, f.bytes.median), ratio(e.bytes.median, p.bytes.median), '', ''],
      ['CORS preflights', preflightSplit(el), preflightSplit(samples.floor), preflightSplit(samples.padded), '', '', '0', verdict(e.preflights.max === 0)],
      ['layout shift (CLS)', cell(e.cls, cls), cell(f.cls, cls), cell(p.cls, cls), '', '', '<= size-matched floor', verdict(e.cls.median <= p.cls.median + 0.0005)],
    ]).map((l) => `  ${l}`));
    // Rounds are interleaved, so a burst of load on the machine hits the pages of one round alike: the ratio within
    // each round is steadier than the ratio of the medians when the machine is shared.
    const paired = (field) => {
      const n = Math.min(el.length, samples.padded.length);
      const st = spread(Array.from({ length: n }, (_, i) => el[i][field] / samples.padded[i][field]));
      return `x${st.median.toFixed(2)} (x${st.min.toFixed(2)}-x${st.max.toFixed(2)})`;
    };
    out.push(`  element / size-matched floor within each round: visible ${paired('visible')}, vote ${paired('vote')}`);
    out.push(`  where the element's extra time goes (median ms, element / size-matched floor): ${mainThread(el, samples.padded)}`);
    out.push(`  the element's start (median ms): ${startSplit(el)}`);
    out.push(...(coverage?.error ? [`  code that ran before the first fetch(): not measured (${coverage.error})`] : coverageLines(coverage)));
    out.push(`  and the vote's in the size-matched floor (median ms; the element draws the results at the click): ${voteThread(samples.padded)}`);
    const chains = [...new Set(el.map((x) => x.chain.links.join(' -> ')))];
    out.push(`  element chain: ${chains.join('  |  ')}`);
    out.push(`  floor chain:   ${[...new Set(samples.padded.map((x) => x.chain.links.join(' -> ')))].join('  |  ')}`);
    const votePaths = (list) => [...new Set(list.map((x) => x.votePath.join(' + ') || 'none'))].join('  |  ');
    out.push(`  requests after the poll showed (warm-up on pointer, vote): element ${votePaths(el)}; floor ${votePaths(samples.padded)}`);
    const rest = (list) => `${spread(list.map((x) => x.rest.load)).median} to load, ${spread(list.map((x) => x.rest.vote)).median} to vote`;
    out.push(`  REST requests (emulator log): element ${rest(el)}; floors ${rest(samples.padded)}`);
    const cdp = el.map((x) => x.cdpPreflights);
    const logged = el.map((x) => x.preflights.load + x.preflights.vote);
    if (cdp.some((c, i) => c !== logged[i])) out.push(`  note: CDP saw ${cdp.join('/')} preflights per element run, the emulator logged ${logged.join('/')}`);
    const shifts = medianSample(el).shifts.map((x) => `${x.value.toFixed(3)} at ${x.at} ms`).join(', ') || 'none';
    out.push(`  element layout shifts (median run): ${shifts}; size-matched floor: ${medianSample(samples.padded).shifts.map((x) => `${x.value.toFixed(3)} at ${x.at} ms`).join(', ') || 'none'}`);
    out.push('  waterfalls (ms since navigation start, from resource timing; a preflight folds into its request):');
    out.push(...waterfall(medianSample(el), 'element, median run'));
    out.push(...waterfall(medianSample(samples.padded), 'size-matched floor, median run'));
  }
  out.push('');
  const load = (l) => l.map((v) => v.toFixed(1)).join(' ');
  out.push(`Machine: ${setup.cpus} CPUs, load average ${load(setup.loadBefore)} before the cold start and ${load(setup.loadAfter)} after (1, 5, 15 min): other work on the machine widens the min-max.`);
  out.push('How: a fresh browser context and a fresh emulator user per run; page ' + setup.page + ', emulator ' + setup.emulator
    + ' (another origin and site: CORS applies), every page file served gzip (level 9); network throttled with CDP'
    + ' Network.emulateNetworkConditions; the phone profile\'s CPU with CDP Emulation.setCPUThrottlingRate (x4), the other profiles\' not. The element page is the README\'s CDN script line and its webhook example tag'
    + ` (attach-id ${setup.attachId}), verbatim but for the two URLs. Floors: scripts/bench/floor-poll.js (${kb(setup.floorGzip)} gzip; one form-encoded POST`
    + ` vote.AttachedVote.get, innerHTML radios; the vote as a form-encoded POST), and the same padded with random base64 to ${kb(setup.paddedGzip)}`
    + ` gzip (${setup.bundle}: ${kb(setup.bundleGzip)} gzip).`);
  out.push(`"Poll visible": the question text and an input (or percent) per answer in the DOM (the element: its shadow root), checked every animation frame from navigation start and timed once that frame has painted (the first task after it), so layout and paint count alike whether a page's script forces them or leaves them to the frame. "Click Vote -> results": after ${setup.thinkMs} ms of reading, a mouse click on the first answer, then on [part~="vote-button"], until that answer's percent from the vote's answer is shown (from the click event's time stamp). Chain: the longest series of requests (each started after the one before ended) that ended before "poll visible", the page included, a preflight counting as one more. Bytes: CDP encodedDataLength (headers and gzip bodies) of those requests. Preflights: OPTIONS requests in the emulator's log, load and vote. CLS: PerformanceObserver layout-shift until the first click, text below the poll on every page.`);
  for (const line of out) console.log(line);
}
