// @ts-check
// Form-encoded bodies decoded exactly as PHP's parse_str (php_register_variable_ex, PHP 8) decodes them: the fetch
// transport sends every call this way, so the emulator must read it as a real portal would.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parsePhpQuery } from '../lib/http/php-query.js';
import { usePortal, attachOf } from '../test-support/helpers.js';

/** @type {Array<[string, unknown]>} [form text, what PHP's $_POST holds (as JSON)] */
const CASES = [
  ['ballot[12][]=34&ballot[12][]=35', { ballot: { 12: ['34', '35'] } }],
  ['ballot%5B12%5D%5B%5D=34', { ballot: { 12: ['34'] } }],
  ['cmd[p1]=vote.AttachedVote.get%3FattachId%3D1', { cmd: { p1: 'vote.AttachedVote.get?attachId=1' } }],
  ['q=a+b%2Bc%26d%3De', { q: 'a b+c&d=e' }],
  ['a=1&a=2', { a: '2' }],
  ['a[]=x&a[]=y', { a: ['x', 'y'] }],
  ['a[ ]=x&a[ ]=y', { a: ['x', 'y'] }],
  ['m[0]=a&m[1]=b', { m: ['a', 'b'] }],
  ['m[1]=a&m[2]=b', { m: { 1: 'a', 2: 'b' } }],
  ['m[5]=a&m[]=b', { m: { 5: 'a', 6: 'b' } }],
  ['m[00]=a', { m: { '00': 'a' } }],
  ['a[b][c][]=1&a[b][c][]=2', { a: { b: { c: ['1', '2'] } } }],
  ['a=1&a[]=2', { a: ['2'] }],
  ['a[]=1&a=2', { a: '2' }],
  ['a.b=1&c+d=2&x[a.b]=3', { a_b: '1', c_d: '2', x: { 'a.b': '3' } }],
  ['+lead=1', { lead: '1' }],
  ['a[b=1', { a_b: '1' }],
  ['a[b[c.d=1', { a_b_c_d: '1' }],
  ['a[b]c=1', { a: { b: '1' } }],
  ['a[b][c=1', { a: { b: '1' } }],
  ['flag&=x&[]=y&&', { flag: '' }],
  ['bad=%zz%', { bad: '%zz%' }],
  ['t=%D0%9F%D1%80%D0%B8%D0%B2%D0%B5%D1%82+%F0%9F%91%8D', { t: 'Привет 👍' }],
  ['auth=token-2&attachId=4', { auth: 'token-2', attachId: '4' }],
];

test('parse_str: nested keys, `+` as space, repeated keys, `[]` lists, numeric keys, odd names', () => {
  for (const [text, expected] of CASES) assert.deepEqual(parsePhpQuery(text), expected, text);
});

test('parse_str: keys out of order stay an object (PHP would not make that a list)', () => {
  const m = /** @type {Record<string, unknown>} */ (parsePhpQuery('m[1]=a&m[0]=b')).m;
  assert.ok(!Array.isArray(m));
  assert.deepEqual(m, { 0: 'b', 1: 'a' });
});

test('a form-encoded vote, batch and OAuth call as the fetch transport sends them', async (t) => {
  const p = await usePortal(t);
  const vote = await p.form('vote.AttachedVote.vote', 'attachId=3&ballot[24][]=54&ballot[23][]=50&ballot[23][]=52&ballot[25][]=59', 20);
  assert.equal(vote.status, 200);
  assert.deepEqual(
    Object.fromEntries(Object.entries(attachOf(vote).userAnswerMap).map(([q, a]) => [q, Object.keys(/** @type {object} */ (a))])),
    { 23: ['50', '52'], 24: ['54'], 25: ['59'] },
  );
  const inner = `vote.AttachedVote.vote?attachId=2&${encodeURIComponent('ballot[22][]')}=46`;
  const batch = await p.form('batch', `halt=0&cmd[p1]=${encodeURIComponent(inner)}&cmd[p2]=${encodeURIComponent('vote.AttachedVote.get?attachId=1')}`, 21);
  assert.deepEqual(Object.keys(batch.body.result.result.p1.attach.userAnswerMap['22']), ['46']);
  assert.equal(batch.body.result.result.p2.attach.ID, 1);
  const oauth = await p.raw('/rest/vote.AttachedVote.get', {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded;charset=UTF-8' },
    body: 'auth=token-3&attachId=1',
  });
  assert.equal(oauth.status, 200);
  assert.equal(attachOf(oauth).isVoted, true, 'user 3 voted in poll 1');
  const log = (await p.control('GET', '/__portal/log')).body.requests;
  assert.deepEqual(log.at(-1).params, { attachId: '1' }, 'auth is taken out of the logged params');
  assert.equal(log.at(-1).auth, 'oauth');
  assert.deepEqual(log[0].params.ballot, { 24: ['54'], 23: ['50', '52'], 25: ['59'] });
});
