/// <reference types="mocha" />
// The form encoder alone (what goes into the body), then what the emulator, decoding like PHP, makes of it.
import { expect } from '@open-wc/testing';
import { isB24Error } from '../../src/transport/b24-error.js';
import { batchCommandText, encodeForm, restParams } from '../../src/transport/form-body.js';
import { createFetchTransport } from '../../src/transport/fetch-transport.js';
import { requestsFor, reset, webhookUrl } from '../support/portal.js';

describe('form body: encoding', () => {
  it('flat scalars: numbers, strings, true as 1, false as 0', () => {
    expect(encodeForm({ attachId: 12, name: 'ok', halt: false, on: true })).to.equal('attachId=12&name=ok&halt=0&on=1');
  });

  it('PHP-style nested keys: a ballot as ballot[12][]=34, objects as key[sub]', () => {
    expect(encodeForm({ attachId: 2, ballot: { 12: ['34', '35'], 13: ['36'] } })).to.equal(
      'attachId=2&ballot[12][]=34&ballot[12][]=35&ballot[13][]=36',
    );
    expect(encodeForm({ a: { b: { c: 1 } } })).to.equal('a[b][c]=1');
  });

  it('lists of objects get explicit indexes (PHP would start a new element at each name[][field])', () => {
    expect(encodeForm({ rows: [{ id: 1, v: 'x' }, { id: 2 }] })).to.equal('rows[0][id]=1&rows[0][v]=x&rows[1][id]=2');
  });

  it('leaves out null, undefined, empty arrays and objects, functions, symbols and non-finite numbers', () => {
    expect(
      encodeForm({ a: null, b: undefined, c: [], d: {}, e: () => 1, f: Symbol('s'), g: NaN, h: Infinity, i: 0, j: '' }),
    ).to.equal('i=0&j=');
    expect(encodeForm({ ballot: { 1: [], 2: [null, '5'] }, x: { y: null } })).to.equal('ballot[2][]=5');
  });

  it('escapes unicode and + & = [ ] % # ? / in values, and in keys all but the nesting brackets', () => {
    expect(encodeForm({ q: 'a+b&c=d[e]%f#g?h/i j' })).to.equal('q=a%2Bb%26c%3Dd%5Be%5D%25f%23g%3Fh%2Fi%20j');
    expect(encodeForm({ q: 'Голос ✓ 😀' })).to.equal(`q=${encodeURIComponent('Голос ✓ 😀')}`);
    expect(encodeForm({ 'k&=': { 'é[x]': 1 } })).to.equal('k%26%3D[%C3%A9%5Bx%5D]=1');
  });

  it('sends dates (anything with toJSON) as what toJSON returns', () => {
    expect(encodeForm({ at: new Date(Date.UTC(2025, 0, 2, 3, 4, 5)) })).to.equal('at=2025-01-02T03%3A04%3A05.000Z');
  });

  it('a cycle or a lone surrogate is INVALID_CONFIG, not a hang or a half-sent body', () => {
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic.self = cyclic;
    for (const params of [cyclic, { text: 'broken \uD800 text' }]) {
      let caught: unknown;
      try {
        encodeForm(params);
      } catch (error) {
        caught = error;
      }
      expect(isB24Error(caught) && caught.code).to.equal('INVALID_CONFIG');
    }
    // The same object twice (not a cycle) is fine.
    const shared = ['1'];
    expect(encodeForm({ ballot: { 1: shared, 2: shared } })).to.equal('ballot[1][]=1&ballot[2][]=1');
  });

  it('batch commands are query strings, themselves form-encoded inside cmd[key]', () => {
    const params = restParams('batch', {
      halt: 0,
      cmd: { p1: 'vote.AttachedVote.get?attachId=1', p2: ['vote.AttachedVote.get', { attachId: 2 }], p3: { method: 'vote.AttachedVote.get', params: { signedAttachId: 'a+b=' } } },
    });
    expect(params.cmd).to.deep.equal({
      p1: 'vote.AttachedVote.get?attachId=1',
      p2: 'vote.AttachedVote.get?attachId=2',
      p3: 'vote.AttachedVote.get?signedAttachId=a%2Bb%3D',
    });
    expect(encodeForm(params)).to.equal(
      'halt=0&cmd[p1]=vote.AttachedVote.get%3FattachId%3D1&cmd[p2]=vote.AttachedVote.get%3FattachId%3D2' +
        '&cmd[p3]=vote.AttachedVote.get%3FsignedAttachId%3Da%252Bb%253D',
    );
    expect(batchCommandText(['vote.AttachedVote.get'])).to.equal('vote.AttachedVote.get');
    expect(batchCommandText(42)).to.equal(42);
    expect(restParams('vote.AttachedVote.get', { cmd: { a: ['x', {}] } })).to.deep.equal({ cmd: { a: ['x', {}] } });
  });
});

describe('form body: decoded by the emulator as PHP would', () => {
  beforeEach(() => reset());

  it('every rule above arrives as the portal reads it', async () => {
    const transport = createFetchTransport({ webhookUrl: await webhookUrl(1), rateLimit: false, retry: false });
    const odd = 'a+b&c=d[e] %25 Голос 😀';
    await transport
      .call('vote.AttachedVote.get', {
        attachId: 1,
        gone: null,
        empty: [],
        none: {},
        yes: true,
        no: false,
        text: odd,
        ballot: { 12: ['34', '35'], 13: [] },
        rows: [{ id: 1 }, { id: 2 }],
      })
      .catch(() => undefined);
    const [entry] = await requestsFor('vote.attachedvote.get');
    expect(entry!.contentType).to.equal('application/x-www-form-urlencoded');
    expect(entry!.params).to.deep.equal({
      attachId: '1',
      yes: '1',
      no: '0',
      text: odd,
      ballot: { 12: ['34', '35'] },
      rows: [{ id: '1' }, { id: '2' }],
    });
  });
});
