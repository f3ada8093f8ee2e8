// @ts-check
// The results report (vote.AttachedVote.download and the attach's downloadUrl), as Vote::exportExcel sends it: an
// Excel-readable HTML file with two tables, the answers with their counters and voters, then one row per ballot.
import { questionsOf, countBallots } from '../vote/poll.js';
import { round2 } from '../vote/format.js';
import { userName } from '../vote/users.js';
import { escapeHtml } from './html.js';

/** @typedef {import('../vote/poll.js').Poll} Poll */

/**
 * `DD.MM.YYYY HH:MM:SS`, the portal's default date-time format.
 * @param {number} ms
 */
function portalDate(ms) {
  const d = new Date(ms);
  const pad = (/** @type {number} */ n) => String(n).padStart(2, '0');
  return `${pad(d.getDate())}.${pad(d.getMonth() + 1)}.${d.getFullYear()} ${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}

/** @param {unknown[]} cells @param {'td' | 'th'} [tag] */
function row(cells, tag = 'td') {
  return `<tr>${cells.map((c) => `<${tag}>${escapeHtml(c)}</${tag}>`).join('')}</tr>`;
}

/**
 * Table 1: per active question its text and count, then each active answer with votes, percent and voters.
 * @param {Poll} poll
 */
function answersTable(poll) {
  const counts = countBallots(poll);
  const rows = [row(['Question', 'Answer', 'Votes', 'Percent', 'Voters'], 'th')];
  for (const q of questionsOf(poll).filter((x) => x.active)) {
    const qCount = counts.byQuestion.get(q.id) ?? 0;
    rows.push(row([q.raw?.QUESTION ?? '', '', qCount, '', '']));
    for (const a of q.answers.filter((x) => x.active)) {
      const n = counts.byAnswer.get(`${q.id}:${a.id}`) ?? 0;
      const percent = qCount > 0 ? round2((n * 100) / qCount) : 0;
      const names =
        poll.anonymity === 2
          ? []
          : [...poll.ballots.entries()]
              .filter(([, ballot]) => ballot.answers.some((x) => x.qid === q.id && x.aid === a.id))
              .map(([userId]) => userId)
              .sort((x, y) => x - y)
              .map(userName);
      rows.push(row(['', a.raw?.MESSAGE ?? '', n, `${percent}%`, names.join(', ')]));
    }
  }
  return `<table border="1">${rows.join('')}</table>`;
}

/**
 * Table 2: one row per ballot (oldest first) with its date, the user (empty in an anonymous poll) and the answers
 * chosen for each active question.
 * @param {Poll} poll
 */
function ballotsTable(poll) {
  const questions = questionsOf(poll).filter((x) => x.active);
  const rows = [row(['Date', 'User', ...questions.map((q) => q.raw?.QUESTION ?? '')], 'th')];
  const ballots = [...poll.ballots.entries()].sort(([, x], [, y]) => x.eventId - y.eventId);
  for (const [userId, ballot] of ballots) {
    const chosen = questions.map((q) =>
      q.answers
        .filter((a) => ballot.answers.some((x) => x.qid === q.id && x.aid === a.id))
        .map((a) => String(a.raw?.MESSAGE ?? ''))
        .join(', '),
    );
    rows.push(row([portalDate(ballot.at), poll.anonymity === 2 ? '' : userName(userId), ...chosen]));
  }
  return `<table border="1">${rows.join('')}</table>`;
}

/**
 * @param {Poll} poll
 * @returns {import('../vote/methods/context.js').FileAnswer}
 */
export function exportResults(poll) {
  const html =
    '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>' +
    `${answersTable(poll)}<br>${ballotsTable(poll)}</body></html>`;
  return {
    contentType: 'application/vnd.ms-excel; charset=utf-8',
    filename: `vote${poll.voteId}.xls`,
    body: Buffer.from(`\ufeff${html}`, 'utf8'),
  };
}

/**
 * The Content-Disposition header of the report, as exportExcel writes it (`attachment; filename=vote{id}.xls`).
 * @param {import('../vote/methods/context.js').FileAnswer} file
 */
export function dispositionOf(file) {
  return `attachment; filename=${file.filename}`;
}
