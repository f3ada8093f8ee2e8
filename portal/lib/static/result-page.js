// @ts-check
// The public results page `/vote-result/{uid}`: a small HTML view of the counts (and voters of public polls).
import { questionsOf, countBallots, lamp } from '../vote/poll.js';
import { round2 } from '../vote/format.js';
import { userName } from '../vote/users.js';
import { escapeHtml } from './html.js';

/**
 * @param {import('../vote/poll.js').Poll} poll
 */
export function resultPage(poll) {
  const counts = countBallots(poll);
  const sections = questionsOf(poll)
    .filter((q) => q.active)
    .map((q) => {
      const qCount = counts.byQuestion.get(q.id) ?? 0;
      const items = q.answers
        .filter((a) => a.active)
        .map((a) => {
          const n = counts.byAnswer.get(`${q.id}:${a.id}`) ?? 0;
          const percent = qCount > 0 ? round2((n * 100) / qCount) : 0;
          /** @type {string[]} */
          const names = [];
          if (poll.anonymity !== 2) {
            for (const [userId, ballot] of poll.ballots) {
              if (ballot.answers.some((x) => x.qid === q.id && x.aid === a.id)) names.push(userName(userId));
            }
          }
          return (
            `<li><span class="text">${escapeHtml(a.raw?.MESSAGE ?? '')}</span> ` +
            `<span class="count">${n} (${Math.round(percent)}%)</span>` +
            `<div class="bar"><div style="width:${Math.round(percent)}%"></div></div>` +
            (names.length ? `<div class="voters">${escapeHtml(names.join(', '))}</div>` : '') +
            '</li>'
          );
        })
        .join('');
      return `<section><h2>${escapeHtml(q.raw?.QUESTION ?? '')}</h2><p>${qCount} voted</p><ul>${items}</ul></section>`;
    })
    .join('');
  const state = lamp(poll, Date.now()).finished ? 'Finished' : 'Active';
  const kind = poll.anonymity === 2 ? 'Anonymous poll' : 'Public poll';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Poll results</title>
<style>
body{font:14px/1.4 system-ui,sans-serif;max-width:640px;margin:2em auto;color:#333}
h1{font-size:20px}h2{font-size:16px;margin-bottom:0}ul{list-style:none;padding:0}li{margin:.6em 0}
.count{color:#777}.bar{height:6px;background:#eef2f4;border-radius:3px}.bar div{height:6px;background:#2fc6f6;border-radius:3px}
.voters{color:#777;font-size:12px}
</style></head>
<body><h1>Poll results</h1><p>${kind} · ${state} · ${poll.ballots.size} voted</p>${sections}</body></html>`;
}
