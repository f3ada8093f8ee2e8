// @ts-check
// The results report (vote.AttachedVote.download): an Excel-readable HTML table, as Vote::exportExcel sends it.
import { questionsOf, countBallots } from '../vote/poll.js';
import { round2 } from '../vote/format.js';
import { userName } from '../vote/users.js';
import { escapeHtml } from './html.js';

/**
 * @param {import('../vote/poll.js').Poll} poll
 * @returns {import('../vote/methods/context.js').FileAnswer}
 */
export function exportResults(poll) {
  const counts = countBallots(poll);
  const rows = [];
  for (const q of questionsOf(poll).filter((x) => x.active)) {
    const qCount = counts.byQuestion.get(q.id) ?? 0;
    rows.push(`<tr><th colspan="3">${escapeHtml(q.raw?.QUESTION ?? '')}</th><th>${qCount}</th></tr>`);
    for (const a of q.answers.filter((x) => x.active)) {
      const n = counts.byAnswer.get(`${q.id}:${a.id}`) ?? 0;
      const percent = qCount > 0 ? round2((n * 100) / qCount) : 0;
      /** @type {string[]} */
      const names = [];
      if (poll.anonymity !== 2) {
        for (const [userId, ballot] of poll.ballots) {
          if (ballot.answers.some((x) => x.qid === q.id && x.aid === a.id)) names.push(userName(userId));
        }
      }
      rows.push(
        `<tr><td>${escapeHtml(a.raw?.MESSAGE ?? '')}</td><td>${escapeHtml(names.join(', '))}</td>` +
          `<td>${percent}%</td><td>${n}</td></tr>`,
      );
    }
  }
  const html =
    '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>' +
    `<table border="1"><tr><th>Answer</th><th>Voters</th><th>Percent</th><th>Votes</th></tr>${rows.join('')}</table>` +
    '</body></html>';
  return {
    contentType: 'application/vnd.ms-excel; charset=utf-8',
    filename: `vote_${poll.voteId}.xls`,
    body: Buffer.from(`\ufeff${html}`, 'utf8'),
  };
}
