// @ts-check
// The download (Vote::exportExcel): two tables, answers with counters and voters, then one row per ballot.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { usePortal } from '../test-support/helpers.js';

/**
 * The report's tables as rows of cell texts (the report is an HTML file that Excel opens).
 * @param {string} html
 */
function tables(html) {
  const unescape = (/** @type {string} */ s) => s.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'");
  return [...html.matchAll(/<table[^>]*>([\s\S]*?)<\/table>/g)].map(([, table]) =>
    [...table.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map(([, tr]) => [...tr.matchAll(/<t[dh]>([\s\S]*?)<\/t[dh]>/g)].map(([, cell]) => unescape(cell))),
  );
}

test('download: vote{id}.xls with the answers table and one row per ballot', async (t) => {
  const p = await usePortal(t);
  const rest = await fetch(`${p.url}/rest/1/demo/vote.AttachedVote.download?attachId=1`);
  assert.equal(rest.status, 200);
  assert.equal(rest.headers.get('content-disposition'), 'attachment; filename=vote11.xls');
  assert.match(rest.headers.get('content-type') ?? '', /application\/vnd\.ms-excel/);
  const [answers, ballots, ...more] = tables(await rest.text());
  assert.equal(more.length, 0, 'exactly two tables');
  assert.deepEqual(answers, [
    ['Question', 'Answer', 'Votes', 'Percent', 'Voters'],
    ['Where shall we have the team lunch?', '', '5', '', ''],
    ['', 'Sushi bar', '3', '60%', 'Maria Ivanova, John Carter, Fatima Khan'],
    ['', 'Vegan café', '1', '20%', 'Olga Smirnova'],
    ['', 'Pizza place on the corner', '1', '20%', 'Li Wei'],
    ['', 'Burger joint', '0', '0%', ''],
  ]);
  assert.deepEqual(ballots[0], ['Date', 'User', 'Where shall we have the team lunch?']);
  assert.deepEqual(
    ballots.slice(1).map(([, user, choice]) => [user, choice]),
    [['Maria Ivanova', 'Sushi bar'], ['John Carter', 'Sushi bar'], ['Olga Smirnova', 'Vegan café'], ['Li Wei', 'Pizza place on the corner'], ['Fatima Khan', 'Sushi bar']],
  );
  for (const [date] of ballots.slice(1)) assert.match(date, /^\d\d\.\d\d\.\d{4} \d\d:\d\d:\d\d$/);
});

test('download: a new ballot is a new row at the end; a multiple-choice row lists every answer', async (t) => {
  const p = await usePortal(t);
  await p.call('vote.AttachedVote.vote', { attachId: 2, ballot: { 22: [47, 48] } }, 1);
  const [, ballots] = tables(await (await fetch(`${p.url}/rest/1/demo/vote.AttachedVote.download?attachId=2`)).text());
  assert.equal(ballots.length, 1 + 5);
  assert.deepEqual(ballots.at(-1)?.slice(1), ['Alex Morgan', 'Wednesday, Thursday']);
});

test('download: an anonymous poll names nobody; the AJAX-gateway downloadUrl serves the same file', async (t) => {
  const p = await usePortal(t);
  const attach = (await p.call('vote.AttachedVote.get', { attachId: 5 })).body.result.attach;
  const report = await fetch(`${p.url}${attach.downloadUrl}`);
  assert.equal(report.headers.get('content-disposition'), 'attachment; filename=vote15.xls');
  const [answers, ballots] = tables(await report.text());
  assert.ok(answers.slice(2).every((row) => row[4] === ''), 'no voters in the answers table');
  assert.equal(ballots.length, 1 + 5);
  assert.ok(ballots.slice(1).every((row) => row[1] === ''), 'no users in the ballots table');
});
