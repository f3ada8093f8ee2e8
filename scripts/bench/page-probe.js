// What the cold-start bench installs in every page before the page's own scripts run (evaluateOnNewDocument):
// one check per animation frame for "poll visible" and "results on screen" (each timed when the frame that found it
// has been laid out and painted: the first task after that frame), the click on the Vote button, and the layout
// shifts, and when the element's class is defined (the upgrade of the tags already in the page runs inside that
// call). The element and the floors are read with the same selectors: inside the element's shadow
// root when there is one, else in the document (the floor uses the element's part names and data-answer).
/* global window, document, requestAnimationFrame, CustomElementRegistry */

/**
 * Runs in the page. `expect`: { question, answers: [answer IDs], picked: answer ID, percent: the picked
 * answer's percent after this run's vote }. Results land on `window.__bench`.
 */
export function installProbe(expect) {
  const bench = { visibleAt: null, clickAt: null, resultsAt: null, cls: 0, clsAtClick: null, shifts: [], define: null };
  window.__bench = bench;
  const define = CustomElementRegistry.prototype.define;
  CustomElementRegistry.prototype.define = function timedDefine(name, ...rest) {
    const start = performance.now();
    try {
      return define.call(this, name, ...rest);
    } finally {
      if (name === 'b24-attached-vote' && bench.define === null) bench.define = { start, end: performance.now() };
    }
  };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.hadRecentInput) continue;
      bench.cls += entry.value;
      bench.shifts.push({ at: Math.round(entry.startTime), value: entry.value });
    }
  }).observe({ type: 'layout-shift', buffered: true });

  const root = () => document.querySelector('b24-attached-vote')?.shadowRoot ?? document;
  const textOf = (r) => (r === document ? document.body?.textContent : r.textContent) ?? '';
  const percentOf = (r, id) => r.querySelector(`[data-answer="${id}"] [part~="percent"]`);
  const visible = (r) => textOf(r).includes(expect.question)
    && expect.answers.every((id) => r.querySelector(`input[value="${id}"]`) || percentOf(r, id));
  // The picked answer's percent as the vote's answer has it (not the one before the vote: the bench checks that
  // the two differ by more than the rounding tolerance).
  const results = (r) => {
    const shown = percentOf(r, expect.picked)?.textContent?.replace(',', '.').match(/\d+(\.\d+)?/);
    return shown !== null && shown !== undefined && Math.abs(Number(shown[0]) - expect.percent) < 1;
  };
  // Timed after the frame: a page whose script forces layout pays it before the check, one that leaves layout
  // to the frame pays it after; "on screen" means both paid. A message posted during the frame's callbacks is
  // delivered in the first task after that frame's rendering.
  const afterPaint = (record) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => record(performance.now());
    channel.port2.postMessage(null);
  };
  let sawPoll = false;
  let sawResults = false;
  const tick = () => {
    const r = root();
    if (!sawPoll && visible(r)) {
      sawPoll = true;
      afterPaint((at) => { bench.visibleAt = at; });
    }
    if (bench.clickAt !== null && !sawResults && results(r)) {
      sawResults = true;
      afterPaint((at) => { bench.resultsAt = at; });
    }
    if (!sawResults) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);

  // The Vote button's click, by the event's own time stamp (the same clock as performance.now()).
  window.addEventListener('click', (event) => {
    const onVote = event.composedPath().some((node) => node.getAttribute?.('part')?.split(/\s+/).includes('vote-button'));
    if (onVote && bench.clickAt === null) {
      bench.clickAt = event.timeStamp;
      bench.clsAtClick = bench.cls;
    }
  }, true);
}

/** Runs in the page: the navigation and resource timing entries, reduced to what the chain needs. */
export function readTimings() {
  const pick = (e) => ({
    name: e.name,
    type: e.initiatorType ?? 'navigation',
    start: e.startTime,
    end: e.responseEnd,
    transfer: e.transferSize ?? 0,
  });
  return [
    ...performance.getEntriesByType('navigation').map((e) => ({ ...pick(e), type: 'navigation' })),
    ...performance.getEntriesByType('resource').map(pick),
  ];
}
