/**
 * Secrets stay secret: the webhook code and OAuth tokens never appear in an event detail, an error message or
 * description, anything the package logs, the shadow DOM, the element's `poll`, or any attribute but the
 * `webhook-url` the host set, on success and failure paths alike: a working webhook through every action, a
 * wrong code (401), a portal or proxy that echoes the request URL back, expired tokens (refreshed, and a refresh
 * that fails with the token in its message), network faults, and INVALID_CONFIG from malformed webhook URLs.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { B24AttachedVote } from '../../src/element.js';
import { createFetchTransport } from '../../src/transport/fetch-transport.js';
import type { B24Transport } from '../../src/transport/types.js';
import { addFaults, button, resetPortal } from './support.js';

const EVENT_TYPES = ['vote-load', 'vote-submit', 'vote-success', 'vote-recall', 'vote-error'] as const;
const CONSOLE = ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const;

/** A secret-looking webhook code that the emulator does not know. */
const BAD_CODE = 'Zq8sEcReT0x41kWm';

/** Everything observable while a test runs: events, console output, uncaught errors. */
class Observer {
  readonly events: Array<{ type: string; json: string; detail: Record<string, unknown> }> = [];
  readonly logged: string[] = [];
  private readonly saved = CONSOLE.map((name) => console[name]);
  private readonly onEvent = (event: Event): void => {
    const detail = (event as CustomEvent).detail as Record<string, unknown>;
    this.events.push({ type: event.type, json: JSON.stringify(detail), detail });
  };
  private readonly onError = (event: ErrorEvent): void => {
    this.logged.push(`uncaught: ${event.message} ${String(event.error?.stack ?? '')}`);
  };
  private readonly onRejection = (event: PromiseRejectionEvent): void => {
    this.logged.push(`unhandled: ${render(event.reason)}`);
  };

  start(): void {
    for (const type of EVENT_TYPES) document.addEventListener(type, this.onEvent, true);
    window.addEventListener('error', this.onError);
    window.addEventListener('unhandledrejection', this.onRejection);
    CONSOLE.forEach((name, i) => {
      console[name] = (...args: unknown[]) => {
        this.logged.push(`${name}: ${args.map(render).join(' ')}`);
        (this.saved[i] as (...a: unknown[]) => void).apply(console, args);
      };
    });
  }

  stop(): void {
    for (const type of EVENT_TYPES) document.removeEventListener(type, this.onEvent, true);
    window.removeEventListener('error', this.onError);
    window.removeEventListener('unhandledrejection', this.onRejection);
    CONSOLE.forEach((name, i) => {
      console[name] = this.saved[i]!;
    });
  }

  errors(): Array<Record<string, unknown>> {
    return this.events.filter((e) => e.type === 'vote-error').map((e) => e.detail);
  }
}

function render(value: unknown): string {
  if (value instanceof Error) return `${value.name}: ${value.message}\n${value.stack ?? ''}`;
  if (typeof value === 'string') return value;
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
  }
}

let observer: Observer;
beforeEach(async () => {
  await resetPortal();
  observer = new Observer();
  observer.start();
});
afterEach(() => observer.stop());

/** Asserts that none of `secrets` appears anywhere the package emits, logs or renders. */
function expectNoSecret(secrets: string[], elements: B24AttachedVote[]): void {
  const places: Array<[string, string]> = [];
  for (const e of observer.events) places.push([`${e.type} detail`, e.json]);
  for (const line of observer.logged) places.push(['console / uncaught', line]);
  for (const el of elements) {
    places.push(['shadow DOM', el.shadowRoot?.innerHTML ?? '']);
    places.push(['poll property', JSON.stringify(el.poll)]);
    for (const name of el.getAttributeNames()) {
      if (name !== 'webhook-url') places.push([`attribute ${name}`, el.getAttribute(name) ?? '']);
    }
  }
  // The rest of the page, minus the hosts' own webhook-url attributes: nothing leaked into the light DOM.
  const body = document.body.cloneNode(true) as HTMLElement;
  for (const node of body.querySelectorAll('[webhook-url]')) node.removeAttribute('webhook-url');
  places.push(['page', body.outerHTML]);
  for (const secret of secrets) {
    for (const [where, content] of places) {
      expect(content.includes(secret), `"${secret}" leaked into ${where}: ${content.slice(Math.max(0, content.indexOf(secret) - 80), content.indexOf(secret) + 80)}`).to.equal(false);
    }
  }
  expect(observer.events.length, 'the test saw events').to.be.greaterThan(0);
}

async function mount(attrs: Record<string, string>, transport?: B24Transport): Promise<B24AttachedVote> {
  const el = document.createElement('b24-attached-vote') as B24AttachedVote;
  if (transport) el.transport = transport;
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
  return el;
}

async function settle(el: B24AttachedVote, types: string[] = ['vote-load', 'vote-error']): Promise<void> {
  const from = observer.events.length;
  await waitUntil(() => observer.events.slice(from).some((e) => types.includes(e.type)) || (el.poll !== null && types.includes('vote-load')) || el.status === 'error', 'settled', { timeout: 8000 });
  await waitUntil(() => el.status !== 'loading' && el.status !== 'submitting', 'idle', { timeout: 8000 });
  await el.updateComplete;
}

const hook = (userId: number, code: string): string => `${location.origin}/rest/${userId}/${code}/`;

describe('<b24-attached-vote> secrets', () => {
  it('a working webhook through load, vote, change, withdraw, voters, close and reopen', async () => {
    const voter = await mount({ 'attach-id': '1', 'webhook-url': hook(13, 'demo') });
    await settle(voter);
    const [q] = voter.poll!.questions;
    await voter.vote({ [q!.id]: [q!.answers[1]!.id] });
    button(voter, 'Change vote').click();
    await voter.vote({ [q!.id]: [q!.answers[2]!.id] });
    await voter.recall();
    const author = await mount({ 'attach-id': '4', 'webhook-url': hook(1, 'demo') });
    await settle(author);
    author.shadowRoot!.querySelector<HTMLButtonElement>('[part~="voters-button"]')!.click();
    await waitUntil(() => author.shadowRoot!.querySelector('[part~="voter"]'), 'voters shown', { timeout: 5000 });
    await author.resume();
    await author.stop();
    expect(observer.errors()).to.deep.equal([]);
    expect(observer.events.map((e) => e.type)).to.include.members(['vote-load', 'vote-submit', 'vote-success', 'vote-recall']);
    expectNoSecret(['/demo/', 'rest/13/demo', 'rest/1/demo'], [voter, author]);
  });

  it('a wrong webhook code (401 NO_AUTH_FOUND)', async () => {
    const el = await mount({ 'attach-id': '1', 'webhook-url': hook(10, BAD_CODE) });
    await settle(el);
    expect(observer.errors()[0]).to.include({ code: 'NO_AUTH_FOUND', status: 401 });
    expectNoSecret([BAD_CODE], [el]);
  });

  it('a portal or proxy that echoes the request URL, the code and the token in its error', async () => {
    const realFetch = window.fetch;
    window.fetch = async (input, init) => {
      const url = String(input instanceof Request ? input.url : input);
      if (!url.includes('/rest/')) return realFetch(input, init);
      // The secret this request carries: the webhook code in the path, or the token in the body.
      const secret = /\/rest\/\d+\/([^/]+)\//.exec(url)?.[1] ?? new URLSearchParams(String(init?.body)).get('auth')!;
      const echo = `Denied ${url} with body ${String(init?.body)} (credential ${secret}, decoded ${decodeURIComponent(url)})`;
      return new Response(JSON.stringify({ error: `BAD_${secret}`, error_description: echo }), {
        status: 403,
        headers: { 'Content-Type': 'application/json' },
      });
    };
    try {
      const webhookEl = await mount({ 'attach-id': '1', 'webhook-url': hook(10, BAD_CODE) });
      await settle(webhookEl);
      const oauthEl = await mount(
        { 'attach-id': '1' },
        createFetchTransport({ restUrl: `${location.origin}/rest/`, auth: 'token-Xy7Pq2Lm9Rt4', rateLimit: false }),
      );
      await settle(oauthEl);
      const errors = observer.errors();
      expect(errors).to.have.length(2);
      expect(String(errors[0]!.description), 'the echo is masked, not dropped').to.contain('***');
      expectNoSecret([BAD_CODE, 'token-Xy7Pq2Lm9Rt4', 'Xy7Pq2Lm9Rt4'], [webhookEl, oauthEl]);
    } finally {
      window.fetch = realFetch;
    }
  });

  it('two elements whose polls are missing, loaded in one batch from a portal that quotes the request in result_error', async () => {
    const code = 's3cr3tC0de9x';
    await addFaults({ kind: 'echo', code });
    // Both in one task, so that the loader sends them in one batch.
    const box = await fixture<HTMLDivElement>(html`<div></div>`);
    const [first, second] = ['998', '999'].map((id) => {
      const el = document.createElement('b24-attached-vote') as B24AttachedVote;
      el.setAttribute('attach-id', id);
      el.setAttribute('webhook-url', hook(5, code));
      return el;
    }) as [B24AttachedVote, B24AttachedVote];
    box.append(first, second);
    await Promise.all([settle(first), settle(second)]);
    const errors = observer.errors();
    expect(errors.map((e) => [e.action, e.code])).to.deep.equal([
      ['load', 'ATTACH_NOT_FOUND'],
      ['load', 'ATTACH_NOT_FOUND'],
    ]);
    const batches = (await (await fetch('/__portal/log')).json()) as { requests: Array<{ method: string }> };
    expect(batches.requests.map((r) => r.method), 'both polls in one batch').to.deep.equal(['batch']);
    for (const error of errors) expect(String(error.description), 'the echo is masked, not dropped').to.contain('/rest/5/***/batch');
    expectNoSecret([code, encodeURIComponent(`/rest/5/${code}/`).slice(3)], [first, second]);
  });

  it('an expired OAuth token that is refreshed, and one whose refresh fails quoting the token', async () => {
    let token = 'expired-10';
    const refreshed = createFetchTransport({
      restUrl: `${location.origin}/rest/`,
      auth: () => token,
      refreshAuth: () => (token = 'token-10'),
      rateLimit: false,
    });
    const ok = await mount({ 'attach-id': '2' }, refreshed);
    await settle(ok);
    expect(ok.poll, 'loaded after the refresh').to.not.equal(null);
    const [q] = ok.poll!.questions;
    await ok.vote({ [q!.id]: [q!.answers[0]!.id] });

    const failing = createFetchTransport({
      restUrl: `${location.origin}/rest/`,
      auth: 'expired-11',
      refreshAuth: () => {
        throw new Error('refresh_token rt-11-S3CRET rejected for access token expired-11');
      },
      rateLimit: false,
    });
    const signIn = await mount({ 'attach-id': '1' }, failing);
    await settle(signIn);
    expect(observer.errors().at(-1)).to.include({ code: 'expired_token', status: 401 });
    expect(signIn.shadowRoot!.textContent).to.contain('sign in again');
    expectNoSecret(['token-10', 'expired-10', 'expired-11', 'rt-11-S3CRET'], [ok, signIn]);
  });

  it('network faults: dropped connections, an HTML 502 page, malformed JSON, a timeout', async () => {
    await addFaults({ kind: 'drop-before', method: 'vote.AttachedVote.getWithVoted' });
    const code = 'demo';
    const dropped = await mount({ 'attach-id': '1', 'webhook-url': hook(14, code) });
    await settle(dropped);
    expect(observer.errors().at(-1)).to.include({ action: 'load', code: 'NETWORK_ERROR' });

    await fetch('/__portal/faults', { method: 'DELETE' });
    await addFaults({ kind: 'hang', method: 'vote.AttachedVote.getWithVoted', times: 1 });
    const hung = await mount(
      { 'attach-id': '1' },
      createFetchTransport({ restUrl: `${location.origin}/rest/`, auth: 'token-15', timeoutMs: 300, rateLimit: false, retry: { readTries: 1 } }),
    );
    await settle(hung);
    expect(observer.errors().at(-1)).to.include({ action: 'load', code: 'TIMEOUT' });

    await addFaults({ kind: 'html-502', method: 'vote.AttachedVote.vote', times: 1 });
    await dropped.refresh();
    await settle(dropped);
    const [q] = dropped.poll!.questions;
    expect(await dropped.vote({ [q!.id]: [q!.answers[0]!.id] })).to.equal(false);
    expect(observer.errors().at(-1)).to.include({ action: 'vote', code: 'BAD_RESPONSE', status: 502 });
    // Malformed JSON on a vote the portal stored: re-read, shown as counted.
    await addFaults({ kind: 'malformed-json', method: 'vote.AttachedVote.vote', times: 1 });
    expect(await dropped.vote({ [q!.id]: [q!.answers[1]!.id] })).to.equal(true);
    expectNoSecret(['/demo/', 'rest/14/demo', 'token-15'], [dropped, hung]);
  });

  for (const url of [
    `http://portal.example/rest/1/${BAD_CODE}/`,
    `https://portal.example/rest/abc/${BAD_CODE}/`,
    `https://portal.example/rest/1/${BAD_CODE}/extra/path/`,
    `https://portal.example/rest/1/${BAD_CODE}/?from=${BAD_CODE}`,
    `https://user:${BAD_CODE}@portal.example/rest/1/x/`,
    `https://portal.example/rest/1/%E0%A4%A${BAD_CODE}/`,
    `portal.example/rest/1/${BAD_CODE}/`,
    `ftp://portal.example/rest/1/${BAD_CODE}/`,
  ]) {
    it(`INVALID_CONFIG from the malformed webhook URL ${url.replace(BAD_CODE, '{code}')}`, async () => {
      const el = await mount({ 'attach-id': '1', 'webhook-url': url });
      await settle(el);
      const [error] = observer.errors();
      expect(error).to.include({ action: 'load', code: 'INVALID_CONFIG' });
      expect(String(error!.description)).to.match(/^webhook-url\b/);
      expectNoSecret([BAD_CODE], [el]);
    });
  }
});
