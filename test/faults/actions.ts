/**
 * The six actions of the element, each driven through its UI the way a user would, with what "done" and "not
 * done" mean on screen and on the emulator's side. Seeded polls (portal/README.md):
 *   load     user 10, poll 1 (chat, single choice)
 *   vote     user 10, poll 2 (multiple choice, question 22, answers 45..49): picks 46 and 48
 *   recall   user 2,  poll 1 (voted 42, revote on): "Withdraw vote"
 *   stop     user 1,  poll 2 (author): "Close poll", "Yes, close poll"
 *   resume   user 1,  poll 4 (author, finished): "Reopen poll"
 *   voters   user 1,  poll 4 (public): the voters of answer 63 (users 1, 2 and 4)
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { B24AttachedVote } from '../../src/element.js';
import type { VoteAction } from '../../src/events.js';
import type { B24Transport } from '../../src/transport/types.js';
import {
  $,
  $$,
  button,
  container,
  createPoll,
  mountLoaded,
  nextEvent,
  pickAnswer,
  record,
  storedPoll,
  text,
  type Recorded,
} from './support.js';

export interface Scene {
  el: B24AttachedVote;
  events: Recorded[];
  /** Where in `events` the action under test started. */
  mark: number;
  /** For `load`: where the element goes. */
  host?: HTMLElement;
}

export interface ActionDriver {
  action: VoteAction;
  /** Reads may be retried by the transport; writes never are. */
  kind: 'read' | 'write';
  /** The REST method the action sends (the one a fault targets). */
  method: string;
  userId: number;
  attachId: number;
  /** Mounts the element and brings it to the point where `start` performs the action. */
  prepare(transport: B24Transport): Promise<Scene>;
  /** Performs the action through the UI. */
  start(scene: Scene): Promise<void>;
  /** Waits for success (events after `scene.mark`) and checks the screen and the emulator. */
  expectDone(scene: Scene): Promise<void>;
  /** After a failure: nothing changed on the emulator, the screen kept what the user had. */
  expectNotDone(scene: Scene): Promise<void>;
  /** The failure message on screen. */
  shownError(scene: Scene): string;
  /** The Retry control, when one is shown. */
  retryControl(scene: Scene): HTMLButtonElement | null;
}

function errorBoxText(el: HTMLElement): string {
  return (el.shadowRoot!.querySelector('[part="error"]')?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function retryButton(el: HTMLElement): HTMLButtonElement | null {
  return el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="retry-button"]');
}

async function mounted(transport: B24Transport, attachId: number, attrs: Record<string, string> = {}): Promise<Scene> {
  const { el, events } = await mountLoaded(transport, attachId, attrs);
  return { el, events, mark: events.length };
}

/** Long enough for a 429 wait (up to 1.1 s) and a few retries. */
const WAIT = { timeout: 8000, interval: 10 };

export const VOTE_BALLOT = { '22': ['46', '48'] };

export const load: ActionDriver = {
  action: 'load',
  kind: 'read',
  method: 'vote.AttachedVote.getWithVoted',
  userId: 10,
  attachId: 1,
  async prepare(transport) {
    const el = createPoll(transport, 1);
    const events = record(el);
    return { el, events, mark: 0, host: await container() };
  },
  async start(scene) {
    scene.host!.append(scene.el);
  },
  async expectDone(scene) {
    const loaded = await nextEvent(scene.events, 'vote-load', scene.mark);
    expect((loaded.detail.attach as { ID: number }).ID).to.equal(1);
    await scene.el.updateComplete;
    expect(scene.el.poll?.id).to.equal('1');
    expect($$(scene.el, 'input[type="radio"]')).to.have.length(4);
  },
  async expectNotDone(scene) {
    expect(scene.el.poll).to.equal(null);
    expect($$(scene.el, 'input')).to.have.length(0);
  },
  shownError: (scene) => errorBoxText(scene.el),
  retryControl: (scene) => retryButton(scene.el),
};

export const vote: ActionDriver = {
  action: 'vote',
  kind: 'write',
  method: 'vote.AttachedVote.vote',
  userId: 10,
  attachId: 2,
  async prepare(transport) {
    const scene = await mounted(transport, 2);
    pickAnswer(scene.el, '46');
    pickAnswer(scene.el, '48');
    await scene.el.updateComplete;
    return scene;
  },
  async start(scene) {
    $<HTMLButtonElement>(scene.el, '[part~="vote-button"]').click();
  },
  async expectDone(scene) {
    const success = await nextEvent(scene.events, 'vote-success', scene.mark);
    expect(success.detail.ballot).to.deep.equal(VOTE_BALLOT);
    await waitUntil(() => scene.el.status === 'ready', 'ready after the vote', WAIT);
    await scene.el.updateComplete;
    expect($$(scene.el, 'input'), 'the results replace the form').to.have.length(0);
    expect($(scene.el, '[data-answer="46"]').classList.contains('mine')).to.equal(true);
    expect($(scene.el, '[data-answer="48"]').classList.contains('mine')).to.equal(true);
    const stored = await storedPoll(2);
    expect(stored.ballots['10']).to.deep.equal(VOTE_BALLOT);
    expect(stored.counter, 'one voter more than the seed (4)').to.equal(5);
  },
  async expectNotDone(scene) {
    const checked = $$<HTMLInputElement>(scene.el, 'input:checked').map((i) => i.value);
    expect(checked, 'the selection is still on screen').to.deep.equal(['46', '48']);
    expect($<HTMLButtonElement>(scene.el, '[part~="vote-button"]').disabled, 'Vote can be pressed again').to.equal(false);
    const stored = await storedPoll(2);
    expect(stored.ballots['10'], 'no ballot stored').to.equal(undefined);
    expect(stored.counter).to.equal(4);
  },
  shownError: (scene) => errorBoxText(scene.el),
  retryControl: (scene) => retryButton(scene.el),
};

export const recall: ActionDriver = {
  action: 'recall',
  kind: 'write',
  method: 'vote.AttachedVote.recall',
  userId: 2,
  attachId: 1,
  prepare: (transport) => mounted(transport, 1),
  async start(scene) {
    button(scene.el, 'Withdraw vote').click();
  },
  async expectDone(scene) {
    const recalled = await nextEvent(scene.events, 'vote-recall', scene.mark);
    expect((recalled.detail.attach as { isVoted: boolean }).isVoted).to.equal(false);
    await waitUntil(() => scene.el.status === 'ready', 'ready after the recall', WAIT);
    await scene.el.updateComplete;
    expect($$(scene.el, 'input[type="radio"]'), 'the form is back').to.have.length(4);
    expect((await storedPoll(1)).ballots['2']).to.equal(undefined);
  },
  async expectNotDone(scene) {
    expect($(scene.el, '[data-answer="42"]').classList.contains('mine'), 'still shown as voted').to.equal(true);
    expect((await storedPoll(1)).ballots['2']).to.deep.equal({ '21': ['42'] });
  },
  shownError: (scene) => errorBoxText(scene.el),
  retryControl: (scene) => retryButton(scene.el),
};

export const stop: ActionDriver = {
  action: 'stop',
  kind: 'write',
  method: 'vote.AttachedVote.stop',
  userId: 1,
  attachId: 2,
  prepare: (transport) => mounted(transport, 2),
  async start(scene) {
    // After a failure the confirmation is still open; otherwise it takes the first click to open it.
    if (!$$(scene.el, 'button').some((b) => b.textContent?.trim() === 'Yes, close poll')) {
      button(scene.el, 'Close poll').click();
      await scene.el.updateComplete;
    }
    button(scene.el, 'Yes, close poll').click();
  },
  async expectDone(scene) {
    await waitUntil(() => scene.events.slice(scene.mark).some((e) => e.type === 'vote-load' && (e.detail.attach as { isFinished?: boolean }).isFinished === true), 'a vote-load with the poll finished', WAIT);
    await waitUntil(() => scene.el.status === 'ready', 'ready after closing', WAIT);
    await scene.el.updateComplete;
    expect(text(scene.el)).to.contain('Poll closed');
    expect((await storedPoll(2)).finished).to.equal(true);
  },
  async expectNotDone(scene) {
    expect(scene.el.poll!.isFinished).to.equal(false);
    expect((await storedPoll(2)).finished).to.equal(false);
  },
  shownError: (scene) => errorBoxText(scene.el),
  retryControl: (scene) => retryButton(scene.el),
};

export const resume: ActionDriver = {
  action: 'resume',
  kind: 'write',
  method: 'vote.AttachedVote.resume',
  userId: 1,
  attachId: 4,
  prepare: (transport) => mounted(transport, 4),
  async start(scene) {
    button(scene.el, 'Reopen poll').click();
  },
  async expectDone(scene) {
    await waitUntil(() => scene.events.slice(scene.mark).some((e) => e.type === 'vote-load' && (e.detail.attach as { isFinished?: boolean }).isFinished === false), 'a vote-load with the poll open', WAIT);
    await waitUntil(() => scene.el.status === 'ready', 'ready after reopening', WAIT);
    await scene.el.updateComplete;
    expect(text(scene.el)).not.to.contain('Poll closed');
    expect((await storedPoll(4)).finished).to.equal(false);
  },
  async expectNotDone(scene) {
    expect(scene.el.poll!.isFinished).to.equal(true);
    expect((await storedPoll(4)).finished).to.equal(true);
  },
  shownError: (scene) => errorBoxText(scene.el),
  retryControl: (scene) => retryButton(scene.el),
};

const VOTERS_ANSWER = '63';

function votersRegion(el: HTMLElement): HTMLElement | null {
  return el.shadowRoot!.querySelector<HTMLElement>(`#voters-${VOTERS_ANSWER}`);
}

export const voters: ActionDriver = {
  action: 'voters',
  kind: 'read',
  method: 'vote.AttachedVote.getAnswerVoted',
  userId: 1,
  attachId: 4,
  prepare: (transport) => mounted(transport, 4),
  async start(scene) {
    const toggle = $<HTMLButtonElement>(scene.el, `[data-answer="${VOTERS_ANSWER}"] [part~="voters-button"]`);
    // A list left open after a failure is closed and opened again (opening reloads a failed list).
    if (toggle.getAttribute('aria-expanded') === 'true') {
      toggle.click();
      await scene.el.updateComplete;
    }
    toggle.click();
  },
  async expectDone(scene) {
    await waitUntil(() => $$(scene.el, `#voters-${VOTERS_ANSWER} [part~="voter"]`).length === 3, 'three voters listed', WAIT);
    expect(votersRegion(scene.el)!.textContent).to.contain('Alex Morgan');
  },
  async expectNotDone(scene) {
    expect($$(scene.el, `#voters-${VOTERS_ANSWER} [part~="voter"]`)).to.have.length(0);
    expect($$(scene.el, '[part~="result"]').length, 'the results stay').to.be.greaterThan(0);
  },
  shownError: (scene) => (votersRegion(scene.el)?.querySelector('.error-text')?.textContent ?? '').replace(/\s+/g, ' ').trim(),
  retryControl: (scene) =>
    [...(votersRegion(scene.el)?.querySelectorAll<HTMLButtonElement>('button') ?? [])].find((b) => b.textContent?.trim() === 'Try again') ?? null,
};

export const ALL_ACTIONS: ActionDriver[] = [load, vote, recall, stop, resume, voters];

/**
 * The user tries again once the fault is gone: Retry when the element offers it, else the action itself.
 * Resolves false for a load without a Retry (nothing the user could do), true once the action went through.
 */
export async function tryAgain(driver: ActionDriver, scene: Scene): Promise<boolean> {
  scene.mark = scene.events.length;
  const retry = driver.retryControl(scene);
  if (retry) retry.click();
  else if (driver.action !== 'load') await driver.start(scene);
  else return false;
  await driver.expectDone(scene);
  return true;
}
