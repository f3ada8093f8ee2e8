// The bench's floor: the least a page can do to show a Bitrix24 poll and vote in it. One module script, one
// form-encoded POST (a CORS "simple request": no preflight), the poll written with innerHTML as native inputs,
// then the vote as another form-encoded POST and the percents from its answer. No framework, no styles, no checks
// beyond escaping: what any hand-written page would need at the least. It runs in the browser, served by the bench
// (scripts/bench/cold-pages.js), which may append an incompressible comment to match the element's gzip size.
// The markup uses the element's part names (answer, vote-button, percent) and data-answer, so that the bench finds
// the same things on both pages with the same selectors.
/* global document */

const box = document.getElementById('poll');
const webhook = box.dataset.webhook;
const attachId = box.dataset.attachId;

const escape = (value) => String(value).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const inOrder = (rows) => Object.values(rows).sort((a, b) => Number(a.C_SORT) - Number(b.C_SORT));

/** One REST call, form-encoded: URLSearchParams makes the body application/x-www-form-urlencoded. */
async function call(method, params) {
  const response = await fetch(`${webhook}${method}`, { method: 'POST', body: params });
  const body = await response.json();
  if (!body.result) throw new Error(body.error_description ?? body.error ?? `HTTP ${response.status}`);
  return body.result.attach;
}

function showBallot(attach) {
  box.innerHTML = `${inOrder(attach.QUESTIONS).map((q) => `<fieldset data-question="${escape(q.ID)}">
<legend>${escape(q.QUESTION)}</legend>
${inOrder(q.ANSWERS).map((a) => `<label part="answer" data-answer="${escape(a.ID)}"><input type="${String(q.FIELD_TYPE) === '1' ? 'checkbox' : 'radio'}" name="${escape(q.ID)}" value="${escape(a.ID)}"> ${escape(a.MESSAGE)}</label><br>`).join('\n')}
</fieldset>`).join('\n')}
<button type="button" part="vote-button">Vote</button>`;
  box.querySelector('button').addEventListener('click', async () => {
    const params = new URLSearchParams({ attachId });
    for (const input of box.querySelectorAll('input:checked')) params.append(`ballot[${input.name}][]`, input.value);
    showResults(await call('vote.AttachedVote.vote', params));
  });
}

function showResults(attach) {
  box.innerHTML = inOrder(attach.QUESTIONS).map((q) => `<section data-question="${escape(q.ID)}">
<h3>${escape(q.QUESTION)}</h3>
<ul>${inOrder(q.ANSWERS).map((a) => `<li data-answer="${escape(a.ID)}">${escape(a.MESSAGE)} <span part="percent">${escape(Math.round(Number(a.PERCENT)))}%</span></li>`).join('')}</ul>
</section>`).join('\n');
}

call('vote.AttachedVote.get', new URLSearchParams({ attachId })).then(
  (attach) => (attach.isVoted ? showResults(attach) : showBallot(attach)),
  (error) => { box.textContent = `The poll could not be loaded: ${error.message}`; },
);
