// @ts-check
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { usePortal, attachOf } from '../test-support/helpers.js';

const PNG = [0x89, 0x50, 0x4e, 0x47];

test('question images and avatars are served as PNG', async (t) => {
  const p = await usePortal(t);
  const feed = attachOf(await p.call('vote.AttachedVote.get', { attachId: 3 }));
  const image = await fetch(`${p.url}${feed.QUESTIONS['23'].IMAGE.SRC}`);
  assert.equal(image.headers.get('content-type'), 'image/png');
  const bytes = new Uint8Array(await image.arrayBuffer());
  assert.deepEqual([...bytes.slice(0, 4)], PNG);
  assert.equal(String(bytes.length), feed.QUESTIONS['23'].IMAGE.FILE_SIZE);
  const voted = await p.call('vote.AttachedVote.getWithVoted', { attachId: 1 });
  const avatar = await fetch(`${p.url}${voted.body.result.voted['42'][0].IMAGE}`);
  assert.equal(avatar.status, 200);
  assert.deepEqual([...new Uint8Array(await avatar.arrayBuffer()).slice(0, 4)], PNG);
});

test('resultUrl page and downloadUrl report', async (t) => {
  const p = await usePortal(t);
  const feed = attachOf(await p.call('vote.AttachedVote.get', { attachId: 3 }));
  const page = await p.raw(feed.resultUrl);
  assert.equal(page.status, 200);
  assert.match(page.text, /How happy are you with the new office\?/);
  assert.ok(!page.text.includes('<img src=x'), 'portal text is escaped');
  assert.match(page.text, /Maria Ivanova/);
  const report = await fetch(`${p.url}${feed.downloadUrl}`);
  assert.equal(report.status, 200);
  assert.equal(report.headers.get('content-disposition'), 'attachment; filename=vote13.xls');
  assert.match(await report.text(), /<table/);
  const rest = await fetch(`${p.url}/rest/1/demo/vote.AttachedVote.download?attachId=1`);
  assert.match(rest.headers.get('content-type') ?? '', /vnd.ms-excel/);
  assert.equal((await p.raw('/vote-result/nope')).status, 404);
  const gateway = await p.raw('/bitrix/services/main/ajax.php?action=vote.AttachedVote.download&SITE_ID=s1&signedAttachId=1.00');
  assert.equal(gateway.body.status, 'error');
});

test('the CLI (`b24-attached-vote portal`) starts, prints the URL, a webhook, a poll to try and the seeded polls', async (t) => {
  const cli = fileURLToPath(new URL('../cli.js', import.meta.url));
  const child = spawn(process.execPath, [cli, 'portal', '--port=0', '--rate-limit=50,2', '--fault=latency,ms=1', '--fault=internal-error:vote.AttachedVote.stop,times=1'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  t.after(() => child.kill());
  let out = '';
  await new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk) => {
      out += chunk;
      if (out.includes('attachId 8')) resolve(undefined);
    });
    child.on('exit', (code) => reject(new Error(`cli exited ${code}`)));
  });
  const url = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out)?.[1];
  assert.ok(url);
  const webhook = /webhook URL: +(\S+)/.exec(out)?.[1];
  assert.equal(webhook, `${url}/rest/12/demo/`);
  assert.match(out, new RegExp(`<b24-attached-vote attach-id="1" webhook-url="${webhook}"></b24-attached-vote>`));
  const limits = /** @type {any} */ (await (await fetch(`${url}/__portal/limits`)).json());
  assert.deepEqual(limits.rateLimit, { burst: 50, perSecond: 2 });
  const faults = /** @type {any} */ (await (await fetch(`${url}/__portal/faults`)).json());
  assert.deepEqual(faults.faults.map((/** @type {any} */ f) => f.kind), ['latency', 'internal-error']);
  assert.equal(faults.faults[1].method, 'vote.attachedvote.stop');
  const tried = /** @type {any} */ (await (await fetch(`${webhook}vote.AttachedVote.get?attachId=1`)).json());
  assert.equal(tried.result.attach.userAnswerMap.length, 0, 'the user of the printed webhook has not voted yet');
});
