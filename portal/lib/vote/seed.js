// @ts-check
// The seeded polls: fixed IDs, author user 1, results already cast by users 2..9 (user 1 only in poll 4).
import { buildQuestions } from './build-question.js';
import { IM_CONNECTOR, BLOG_CONNECTOR } from './poll.js';
import { questionImageRow } from '../static/assets.js';
import { atom } from '../rest/time.js';

const DAY = 24 * 3600 * 1000;

/**
 * @typedef {{ attachId: number, voteId: number, moduleId: 'im' | 'blog', entityId: number, what: string,
 *   anonymity?: number, options: number, finished?: boolean, readers?: number[],
 *   questions: import('./build-question.js').QuestionSpec[], votes: Record<number, Record<number, number[]>> }} SeedPoll
 */

/** @param {string} timestamp */
function seedPolls(timestamp) {
  /** @type {SeedPoll[]} */
  const polls = [
    {
      attachId: 1, voteId: 11, moduleId: 'im', entityId: 101, options: 1,
      what: 'chat, single choice, public, revote allowed',
      questions: [{
        id: 21, sort: 10, text: 'Where shall we have the team lunch?', answers: [
          { id: 41, sort: 30, text: 'Pizza place on the corner' },
          { id: 42, sort: 10, text: 'Sushi bar' },
          { id: 43, sort: 20, text: 'Vegan café' },
          { id: 44, sort: 40, text: 'Burger joint' },
        ],
      }],
      votes: { 2: { 21: [42] }, 3: { 21: [42] }, 4: { 21: [43] }, 5: { 21: [41] }, 6: { 21: [42] } },
    },
    {
      attachId: 2, voteId: 12, moduleId: 'im', entityId: 102, options: 1,
      what: 'chat, multiple choice, public, revote allowed',
      questions: [{
        id: 22, sort: 10, fieldType: 1, text: 'Which days work for the team offsite?', answers: [
          { id: 45, sort: 10, text: 'Monday' },
          { id: 46, sort: 20, text: 'Tuesday' },
          { id: 47, sort: 30, text: 'Wednesday' },
          { id: 48, sort: 40, text: 'Thursday' },
          { id: 49, sort: 50, text: 'Friday' },
        ],
      }],
      votes: { 2: { 22: [45, 46] }, 3: { 22: [46] }, 4: { 22: [46, 47, 49] }, 7: { 22: [45, 49] } },
    },
    {
      attachId: 3, voteId: 13, moduleId: 'blog', entityId: 201, options: 1,
      what: 'feed post, 4 questions (1 inactive): required, html, image, multiselect, inactive answer',
      questions: [
        {
          id: 23, sort: 30, fieldType: 3, image: questionImageRow(timestamp),
          text: 'Which tools do you use every day? (see the floor plan)', answers: [
            { id: 50, sort: 10, text: 'Drive' },
            { id: 51, sort: 20, text: 'Tasks & Projects' },
            { id: 52, sort: 30, text: 'CRM' },
            { id: 53, sort: 40, text: 'The old intranet', active: false },
          ],
        },
        {
          id: 24, sort: 10, required: true, text: 'How happy are you with the new office?', answers: [
            { id: 54, sort: 20, text: 'Very happy' },
            { id: 55, sort: 10, text: 'Happy' },
            { id: 56, sort: 30, text: 'Not happy' },
          ],
        },
        {
          id: 25, sort: 20, fieldType: 2, type: 'html',
          text: 'Is <b>remote Friday</b> a good idea? <img src=x onerror="alert(\'question\')">', answers: [
            { id: 57, sort: 10, text: 'Yes' },
            { id: 58, sort: 20, type: 'html', text: '<i>Only</i> in summer <img src=x onerror="alert(\'answer\')"><script>alert(1)</script>' },
            { id: 59, sort: 30, text: 'No & never' },
          ],
        },
        {
          id: 26, sort: 40, active: false, text: 'An old question nobody should see', answers: [
            { id: 60, sort: 10, text: 'Old yes' },
            { id: 61, sort: 20, text: 'Old no' },
          ],
        },
      ],
      votes: {
        2: { 24: [55], 25: [57], 23: [50, 51] },
        3: { 24: [54], 25: [58] },
        5: { 24: [55], 23: [52] },
        8: { 24: [56], 25: [59], 23: [50, 51, 52] },
      },
    },
    {
      attachId: 4, voteId: 14, moduleId: 'im', entityId: 104, options: 1, finished: true,
      what: 'chat, finished (DATE_END in the past), user 1 voted',
      questions: [{
        id: 27, sort: 10, text: 'Best day for the quarterly review?', answers: [
          { id: 62, sort: 10, text: 'Monday' },
          { id: 63, sort: 20, text: 'Wednesday' },
          { id: 64, sort: 30, text: 'Friday' },
        ],
      }],
      votes: { 1: { 27: [63] }, 2: { 27: [63] }, 3: { 27: [62] }, 4: { 27: [63] }, 6: { 27: [64] } },
    },
    {
      attachId: 5, voteId: 15, moduleId: 'im', entityId: 105, options: 1, anonymity: 2,
      what: 'chat, anonymous (ANONYMITY 2)',
      questions: [{
        id: 28, sort: 10, text: 'How did the last sprint retro go?', answers: [
          { id: 65, sort: 10, text: 'Great' },
          { id: 66, sort: 20, text: 'OK' },
          { id: 67, sort: 30, text: 'Needs work' },
        ],
      }],
      votes: { 2: { 28: [65] }, 3: { 28: [66] }, 4: { 28: [65] }, 5: { 28: [67] }, 9: { 28: [65] } },
    },
    {
      attachId: 6, voteId: 16, moduleId: 'im', entityId: 106, options: 0,
      what: 'chat, revote off (OPTIONS 0)',
      questions: [{
        id: 29, sort: 10, text: 'Coffee machine: keep it or replace it?', answers: [
          { id: 68, sort: 10, text: 'Keep it' },
          { id: 69, sort: 20, text: 'Replace it' },
        ],
      }],
      votes: { 2: { 29: [68] }, 3: { 29: [69] }, 4: { 29: [69] } },
    },
    {
      attachId: 7, voteId: 17, moduleId: 'im', entityId: 107, options: 3,
      what: 'chat, results hidden until finished (OPTIONS 3 = revote + hide results)',
      questions: [{
        id: 30, sort: 10, text: 'Secret Santa budget?', answers: [
          { id: 70, sort: 10, text: '€10' },
          { id: 71, sort: 20, text: '€20' },
          { id: 72, sort: 30, text: '€30' },
        ],
      }],
      votes: { 2: { 30: [71] }, 3: { 30: [71] }, 5: { 30: [70] }, 6: { 30: [72] } },
    },
    {
      attachId: 8, voteId: 18, moduleId: 'im', entityId: 108, options: 1, readers: [1],
      what: 'chat, readable by user 1 only',
      questions: [{
        id: 31, sort: 10, text: 'Private: approve the Q3 budget draft?', answers: [
          { id: 73, sort: 10, text: 'Approve' },
          { id: 74, sort: 20, text: 'Send back' },
        ],
      }],
      votes: {},
    },
  ];
  return polls;
}

/**
 * The user the README's first example and the command's "try" line vote as: one who has voted in no seeded poll,
 * so a newcomer sees a ballot first (scripts/readme-seed-table.js checks that nobody seeded has).
 */
export const TRY_USER_ID = 12;

/** The seeded polls' table, for the CLI and the README. */
export function seedSummary() {
  return seedPolls('').map(({ attachId, voteId, moduleId, entityId, what }) => ({ attachId, voteId, moduleId, entityId, what }));
}

/**
 * Fills an empty store with the seeded polls.
 * @param {import('./store.js').Store} store
 */
export function seed(store) {
  const now = Date.now();
  const dateStart = now - 7 * DAY;
  const timestamp = atom(dateStart);
  for (const spec of seedPolls(timestamp)) {
    const poll = store.add({
      attachId: spec.attachId,
      voteId: spec.voteId,
      moduleId: spec.moduleId,
      entityType: spec.moduleId === 'im' ? IM_CONNECTOR : BLOG_CONNECTOR,
      entityId: spec.entityId,
      chatId: spec.moduleId === 'im' ? 7 : null,
      authorId: 1,
      anonymity: spec.anonymity ?? 1,
      options: spec.options,
      dateStart,
      dateEnd: spec.finished ? now - DAY : now + 10 * 365 * DAY,
      readers: spec.readers ?? null,
      questions: buildQuestions(spec.attachId, spec.voteId, timestamp, spec.questions),
      timestamp,
    });
    for (const [userId, ballot] of Object.entries(spec.votes)) {
      const selections = Object.entries(ballot).flatMap(([qid, aids]) => aids.map((aid) => ({ qid, aid: String(aid) })));
      store.castBallot(poll, Number(userId), selections);
    }
  }
}
