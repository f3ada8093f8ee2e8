/// <reference types="mocha" />
// The official @bitrix24/b24jssdk (a devDependency, imported by tests only) talking to the emulator through
// createB24JsSdkTransport: proof that the emulator speaks the real protocol and that the adapter maps the SDK.
import { expect } from '@open-wc/testing';
import { ApiVersion, B24Hook } from '@bitrix24/b24jssdk';
import { createB24JsSdkTransport, type B24JsSdkLike } from '../../src/transport/b24jssdk-transport.js';
import { resetRateLimiters } from '../../src/transport/rate-limiter.js';
import { addFaults, crossOriginUrl, delay, log, requestsFor, reset, type PortalTarget } from '../support/portal.js';
import { abortFailure, b24Failure, errorText } from './support.js';

const X: PortalTarget = { crossOrigin: true };

/**
 * A real B24Hook aimed at the plain-http emulator: B24Hook always builds https URLs, so an axios request
 * interceptor turns them back into http (loopback only).
 */
async function sdkHook(userId: number, target: PortalTarget = {}, secret = 'demo'): Promise<{ hook: B24Hook; origin: string }> {
  const origin = target.crossOrigin ? await crossOriginUrl() : location.origin;
  const hook = new B24Hook(
    { b24Url: origin, userId, secret },
    // Never let the SDK re-send a write after a network error (see createB24JsSdkTransport's notes).
    { restrictionParams: { retryOnNetworkError: false, maxRetries: 1 } },
  );
  hook.offClientSideWarning();
  hook.getHttpClient(ApiVersion.v2).ajaxClient.interceptors.request.use((config) => {
    config.url = config.url?.replace(/^https:\/\/(localhost|127\.0\.0\.1)(?=[:/])/, 'http://$1');
    return config;
  });
  return { hook, origin: new URL(origin).origin };
}

async function sdkTransport(userId: number, target: PortalTarget = {}, secret = 'demo') {
  const { hook, origin } = await sdkHook(userId, target, secret);
  return createB24JsSdkTransport(hook as unknown as B24JsSdkLike, { origin, rateLimit: false });
}

describe('b24jssdk transport (a real B24Hook)', () => {
  beforeEach(async () => {
    await Promise.all([reset(), reset(X)]);
  });
  afterEach(() => resetRateLimiters());

  it('gets a poll: envelope with result and time; the SDK request as the emulator saw it', async () => {
    const transport = await sdkTransport(1);
    expect(transport.origin).to.equal(location.origin);
    expect(transport.supportsBatch).to.equal(true);
    const envelope = await transport.call('vote.AttachedVote.get', { attachId: 1 });
    expect((envelope.result as { attach: { ID: number } }).attach.ID).to.equal(1);
    expect(envelope.time?.duration).to.be.a('number');
    const [entry, ...rest] = await log();
    expect(rest).to.have.length(0);
    expect([entry!.httpMethod, entry!.auth, entry!.userId, entry!.status]).to.deep.equal(['POST', 'webhook', 1, 200]);
    expect(entry!.contentType).to.match(/^application\/json/);
    expect(entry!.params).to.include({ attachId: 1 });
  });

  it('votes with a nested JSON ballot', async () => {
    const transport = await sdkTransport(41);
    const { result } = await transport.call('vote.AttachedVote.vote', { attachId: 2, ballot: { 22: ['45', '49'] } });
    const attach = (result as { attach: { isVoted: boolean; userAnswerMap: Record<string, Record<string, unknown>> } }).attach;
    expect(attach.isVoted).to.equal(true);
    expect(Object.keys(attach.userAnswerMap['22']!).sort()).to.deep.equal(['45', '49']);
    expect(await requestsFor('vote.attachedvote.vote')).to.have.length(1);
  });

  it('keeps total, which the SDK leaves out of getData()', async () => {
    const envelope = await (await sdkTransport(1)).call('vote.AttachedVote.getAnswerVoted', { attachId: 1, answerId: 42 });
    expect(envelope.total).to.equal(3);
  });

  it("maps a thrown AjaxError to B24Error, with the portal's own code (also the code-less '0')", async () => {
    const transport = await sdkTransport(2);
    const notFound = await b24Failure(transport.call('vote.AttachedVote.get', { attachId: 999 }), 'ATTACH_NOT_FOUND', 400);
    expect(notFound.source).to.equal('portal');
    expect(notFound.description).to.equal('Attach not found');
    const denied = await b24Failure(transport.call('vote.AttachedVote.get', { attachId: 8 }), '0', 400);
    expect(denied.description).to.equal('Attach read access denied');
    await b24Failure(transport.call('vote.AttachedVote.vote', { attachId: 6, ballot: { 29: ['69'] } }), '32', 400);
  });

  it('NO_AUTH_FOUND for a wrong secret, without the secret in the error', async () => {
    const secret = 'sdk-secret-4b3c2d1e';
    const error = await b24Failure((await sdkTransport(1, {}, secret)).call('vote.AttachedVote.get', { attachId: 1 }), 'NO_AUTH_FOUND', 401);
    expect(errorText(error)).not.to.contain(secret);
  });

  it('a body that is not JSON is BAD_RESPONSE', async () => {
    for (const kind of ['malformed-json', 'truncated-json'] as const) {
      await addFaults([{ kind, times: 1 }], X);
      await b24Failure((await sdkTransport(1, X)).call('vote.AttachedVote.get', { attachId: 1 }), 'BAD_RESPONSE');
    }
  });

  it('an HTML 502 is BAD_RESPONSE with status 502', async () => {
    await addFaults([{ kind: 'html-502', times: 1 }], X);
    await b24Failure((await sdkTransport(1, X)).call('vote.AttachedVote.get', { attachId: 1 }), 'BAD_RESPONSE', 502);
  });

  it('insufficient_scope (403) and INTERNAL_SERVER_ERROR (500) keep their codes', async () => {
    await addFaults([{ kind: 'insufficient-scope', times: 1 }], X);
    await b24Failure((await sdkTransport(1, X)).call('vote.AttachedVote.get', { attachId: 1 }), 'insufficient_scope', 403);
    await addFaults([{ kind: 'internal-error', times: 1 }], X);
    await b24Failure((await sdkTransport(1, X)).call('vote.AttachedVote.vote', { attachId: 1, ballot: { 21: ['41'] } }), 'INTERNAL_SERVER_ERROR', 500);
    expect(await requestsFor('vote.attachedvote.vote', X)).to.have.length(1);
  });

  it('a timeoutMs that is not a positive finite number is INVALID_CONFIG at once (Infinity would time out at once)', async () => {
    const { hook } = await sdkHook(1);
    for (const timeoutMs of [0, -1, Number.NaN, Infinity, '100']) {
      const create = () => createB24JsSdkTransport(hook as unknown as B24JsSdkLike, { timeoutMs: timeoutMs as number });
      expect(create, String(timeoutMs)).to.throw('INVALID_CONFIG: timeoutMs must be a positive number of milliseconds.');
    }
    expect(createB24JsSdkTransport(hook as unknown as B24JsSdkLike, { timeoutMs: 500, rateLimit: false }).callTimeoutMs).to.equal(500);
  });

  it('abort rejects at once with the reason; the late answer is ignored', async () => {
    await addFaults([{ kind: 'latency', ms: 300, times: 1 }], X);
    const transport = await sdkTransport(1, X);
    const controller = new AbortController();
    const pending = transport.call('vote.AttachedVote.get', { attachId: 1 }, { signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    await abortFailure(pending);
    await delay(350);
    expect(await log(X)).to.have.length(1);
  });
});
