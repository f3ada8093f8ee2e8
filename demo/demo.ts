import '../src/index.js';
import '../src/composer.js';
import type { B24AttachedVote } from '../src/element.js';

interface DemoPoll {
  title: string;
  about: string;
  attrs: Record<string, string>;
}

const polls: DemoPoll[] = [
  { title: 'Chat poll, single choice', about: 'Pick one; votes can be changed or withdrawn. Once you see the results, up to three voters\' avatars show beside each answer (initials where a user has no photo).', attrs: { 'attach-id': '1' } },
  { title: 'Chat poll, multiple choice', about: 'Pick several, then Vote.', attrs: { 'module-id': 'im', 'entity-id': '102' } },
  { title: 'Feed post, several questions', about: 'One question is required; html-type text stays text.', attrs: { 'module-id': 'blog', 'entity-id': '201' } },
  { title: 'Finished poll', about: 'Closed: results only. User 1 can reopen it.', attrs: { 'attach-id': '4' } },
  { title: 'Anonymous poll', about: 'Nobody can see who voted: numbers, but no avatars and no voter lists.', attrs: { 'attach-id': '5' } },
  { title: 'Revote off', about: 'Once voted, the vote stays.', attrs: { 'attach-id': '6' } },
  { title: 'Results hidden', about: 'Only the author (user 1) ever sees the numbers, even after the poll closes.', attrs: { 'attach-id': '7' } },
  { title: 'Who voted hidden', about: 'The chat poll with hide-voters: numbers, but no avatars and no voter lists.', attrs: { 'attach-id': '2', 'hide-voters': '' } },
  { title: 'Readable by user 1 only', about: 'Others get "no access".', attrs: { 'attach-id': '8' } },
  { title: 'Submit on select', about: 'The chat poll again, voting as soon as an answer is picked.', attrs: { 'attach-id': '1', 'submit-on-select': '' } },
  { title: 'Not a poll', about: 'A poll that does not exist: the error state.', attrs: { 'attach-id': '999' } },
];

const gallery = document.querySelector<HTMLElement>('#gallery')!;
const log = document.querySelector<HTMLOListElement>('#log')!;
const user = document.querySelector<HTMLSelectElement>('#user')!;
const lang = document.querySelector<HTMLSelectElement>('#lang')!;
const theme = document.querySelector<HTMLSelectElement>('#theme')!;
const rtl = document.querySelector<HTMLInputElement>('#rtl')!;

function webhookUrl(): string {
  return `${location.origin}/rest/${user.value}/demo/`;
}

/** The composer's card: it posts to chat 7 "General", where every demo user may write and vote. */
function composerCard(): HTMLElement {
  const card = document.createElement('article');
  card.className = 'card';
  card.id = 'compose';
  const title = document.createElement('h2');
  title.textContent = 'Create a chat poll';
  const about = document.createElement('p');
  about.textContent = 'Posts to chat 7 "General" as the selected user. The new poll joins the gallery, so any user can vote in it.';
  const composer = document.createElement('b24-vote-composer');
  composer.setAttribute('chat-id', '7');
  composer.setAttribute('webhook-url', webhookUrl());
  if (theme.value) composer.setAttribute('theme', theme.value);
  card.append(title, about, composer);
  return card;
}

function render(): void {
  gallery.replaceChildren(
    composerCard(),
    ...polls.map((poll) => {
      const card = document.createElement('article');
      card.className = 'card';
      const title = document.createElement('h2');
      title.textContent = poll.title;
      const about = document.createElement('p');
      about.textContent = poll.about;
      const element = document.createElement('b24-attached-vote') as B24AttachedVote;
      for (const [name, value] of Object.entries(poll.attrs)) element.setAttribute(name, value);
      element.setAttribute('webhook-url', webhookUrl());
      if (theme.value) element.setAttribute('theme', theme.value);
      element.setAttribute('refresh-interval', '15');
      card.append(title, about, element);
      return card;
    }),
  );
}

// A posted poll becomes a card of its own (kept when the user changes, so that others can vote in it).
gallery.addEventListener('compose-success', (event) => {
  const poll = { title: 'Your new poll', about: `Message ${event.detail.messageId} in chat 7: vote in it as any user.`, attrs: { 'module-id': 'im', 'entity-id': String(event.detail.messageId) } };
  polls.push(poll);
  render();
});

const eventNames = ['vote-load', 'vote-submit', 'vote-success', 'vote-recall', 'vote-error', 'compose-submit', 'compose-success', 'compose-error'] as const;
for (const name of eventNames) {
  gallery.addEventListener(name, (event) => {
    const target = event.target as HTMLElement;
    const card = target.closest('.card')?.querySelector('h2')?.textContent ?? '';
    const detail = (event as CustomEvent).detail as Record<string, unknown>;
    const summary = summarize(name, detail);
    const item = document.createElement('li');
    const code = document.createElement('code');
    code.textContent = name;
    item.append(code, ` ${card}: ${summary}`);
    log.prepend(item);
    while (log.children.length > 60) log.lastElementChild?.remove();
  });
}

function summarize(name: string, detail: Record<string, unknown>): string {
  if (name === 'compose-submit') return `posting to chat ${detail.chatId}`;
  if (name === 'compose-success') return `message ${detail.messageId}, vote ${detail.voteId}`;
  if (name === 'compose-error') return `code ${detail.code}${detail.mayBePosted ? ', may have been posted' : ''}`;
  if (name === 'vote-error') return `${detail.action} failed, code ${detail.code}`;
  if (name === 'vote-submit' || name === 'vote-success') return `ballot ${JSON.stringify(detail.ballot)}`;
  const attach = detail.attach as { COUNTER?: number; isVoted?: boolean } | undefined;
  return attach ? `${attach.COUNTER} voters, you ${attach.isVoted ? 'voted' : 'did not vote'}` : '';
}

user.addEventListener('change', render);
theme.addEventListener('change', () => {
  document.documentElement.dataset.theme = theme.value;
  render();
});
lang.addEventListener('change', () => (document.documentElement.lang = lang.value));
rtl.addEventListener('change', () => (document.documentElement.dir = rtl.checked ? 'rtl' : 'ltr'));
document.querySelector('#reset')!.addEventListener('click', async () => {
  await fetch('/__portal/reset', { method: 'POST' });
  render();
});

// ?user=1&lang=ru&theme=dark&rtl opens the demo in that setting (handy for links and screenshots).
const query = new URLSearchParams(location.search);
if (query.get('user')) user.value = query.get('user')!;
if (query.get('lang')) lang.value = document.documentElement.lang = query.get('lang')!;
if (query.get('theme')) theme.value = document.documentElement.dataset.theme = query.get('theme')!;
if (query.has('rtl')) {
  rtl.checked = true;
  document.documentElement.dir = 'rtl';
}

render();
