/// <reference types="mocha" />
// The one scrubbing point: every spelling of a secret masked, in single calls and in a batch's result_error,
// against a portal that quotes the request back (the emulator's `echo` fault).
import { expect } from '@open-wc/testing';
import { B24Error } from '../../src/transport/b24-error.js';
import { createFetchTransport } from '../../src/transport/fetch-transport.js';
import { resetRateLimiters } from '../../src/transport/rate-limiter.js';
import { redact, redactError, scrubbedCall } from '../../src/transport/secrets.js';
import { addFaults, portalBase, reset, restUrl } from '../support/portal.js';
import { b24Failure, errorText } from './support.js';

const CODE = 's3cr3t+C0de~9x';

describe('secrets: spellings', () => {
  it('masks a secret raw, percent-encoded (once, twice, PHP-style, lower-case hex), decoded and JSON-escaped', () => {
    const secret = 'a b+c/d~e';
    const spellings = [
      secret,
      encodeURIComponent(secret),
      encodeURIComponent(encodeURIComponent(secret)),
      'a+b%2Bc%2Fd%7Ee',
      encodeURIComponent(secret).toLowerCase(),
      'a b+c\\/d~e',
    ];
    for (const spelling of spellings) {
      expect(redact(`before ${spelling} after`, [secret]), spelling).to.equal('before *** after');
    }
    expect(redact('x%20y', ['x y'])).to.equal('***');
    expect(redact('an ab text', ['ab']), 'too short to be a secret').to.equal('an ab text');
  });

  it('keeps source, status and time; returns the error itself when nothing matched', () => {
    const error = new B24Error('BAD', `echo ${CODE}`, 403, { source: 'portal', time: { operating_reset_at: 5 } });
    const masked = redactError(error, [CODE]);
    expect([masked.code, masked.description, masked.status, masked.source, masked.time]).to.deep.equal([
      'BAD',
      'echo ***',
      403,
      'portal',
      { operating_reset_at: 5 },
    ]);
    expect(redactError(masked, [CODE])).to.equal(masked);
  });

  it('scrubbedCall masks result_error of a batch only, and leaves aborts alone', async () => {
    const envelope = {
      result: { result: { a: { text: CODE } }, result_error: { b: { error: 'X', error_description: `at /rest/1/${CODE}/` } } },
    };
    const batch = await scrubbedCall('batch', async () => envelope, () => [CODE]);
    expect(batch.result).to.deep.equal({ result: { a: { text: CODE } }, result_error: { b: { error: 'X', error_description: 'at /rest/1/***/' } } });
    expect(await scrubbedCall('vote.AttachedVote.get', async () => envelope, () => [CODE])).to.equal(envelope);
    const abort = new DOMException(`gone ${CODE}`, 'AbortError');
    expect(await scrubbedCall('x', () => Promise.reject(abort), () => [CODE]).catch((e: unknown) => e)).to.equal(abort);
  });
});

describe('secrets: a portal that echoes the request', () => {
  beforeEach(() => reset());
  afterEach(() => resetRateLimiters());

  it('webhook: a single call quoting the path and the body, then a batch quoting them in each result_error', async () => {
    await addFaults([{ kind: 'echo', code: CODE }]);
    const transport = createFetchTransport({ webhookUrl: `${await portalBase()}/rest/3/${CODE}/`, rateLimit: false, retry: false });
    const single = await b24Failure(transport.call('vote.AttachedVote.get', { attachId: 998 }), 'ATTACH_NOT_FOUND', 400);
    expect(single.description).to.match(/^Attach not found \[request \/rest\/3\/\*\*\*\/vote\.AttachedVote\.get attachId=998 %2Frest%2F3%2F\*\*\*%2F/);
    expect(single.source).to.equal('portal');
    const { result } = await transport.call('batch', {
      halt: 0,
      cmd: { a: 'vote.AttachedVote.get?attachId=998', b: 'vote.AttachedVote.get?attachId=999', c: 'vote.AttachedVote.get?attachId=1' },
    });
    const errors = (result as { result_error: Record<string, { error: string; error_description: string }> }).result_error;
    expect(Object.keys(errors)).to.deep.equal(['a', 'b']);
    for (const entry of Object.values(errors)) {
      expect(entry.error).to.equal('ATTACH_NOT_FOUND');
      expect(entry.error_description).to.contain('[request /rest/3/***/batch halt=0&cmd');
    }
    const text = [errorText(single), JSON.stringify(result)].join('\n');
    for (const spelling of [CODE, encodeURIComponent(CODE), encodeURIComponent(encodeURIComponent(CODE))]) {
      expect(text, spelling).not.to.contain(spelling);
    }
  });

  it('OAuth: the token quoted from the form body is masked', async () => {
    await addFaults([{ kind: 'echo' }]);
    const transport = createFetchTransport({ restUrl: await restUrl(), auth: 'token-31', rateLimit: false, retry: false });
    const error = await b24Failure(transport.call('vote.AttachedVote.get', { attachId: 998 }), 'ATTACH_NOT_FOUND', 400);
    expect(error.description).to.contain('attachId=998&auth=***');
    expect(errorText(error)).not.to.contain('token-31');
  });
});
