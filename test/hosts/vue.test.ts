// <b24-attached-vote> in a real Vue 3 app (runtime template compiler, as a CDN or in-DOM template uses it; the
// same template in a .vue file is type-checked by vue-tsc in test/hosts/vue/): `:transport` bound as a
// property, `@vote-*` handlers, reactive updates.
import { expect, waitUntil } from '@open-wc/testing';
import { createApp, nextTick, ref, shallowRef, type App } from 'vue';
import '../../src/index.js';
import type { B24AttachedVote } from '../../src/element.js';
import type { Ballot, VoteErrorDetail, VoteLoadDetail, VoteSuccessDetail } from '../../src/element.js';
import { createFetchTransport } from '../../src/transport/fetch-transport.js';
import type { B24Transport } from '../../src/transport/types.js';
import { Calls, clickVote, pickAnswer, ready, requests, resetPortal, settled, webhook } from './support.js';

const template = `
  <b24-attached-vote
    ref="poll"
    :attach-id="attachId"
    :transport="transport"
    :messages="messages"
    @vote-load="onLoad"
    @vote-success="onSuccess"
    @vote-error="onError"
  ></b24-attached-vote>
  <p v-if="ballot" class="thanks">Thanks for voting: {{ JSON.stringify(ballot) }}</p>
  <p v-if="problem" class="problem">{{ problem }}</p>
`;

describe('Vue 3 host', () => {
  let container: HTMLElement;
  let app: App | undefined;

  beforeEach(async () => {
    await resetPortal();
    container = document.createElement('div');
    document.body.append(container);
  });

  afterEach(() => {
    app?.unmount();
    app = undefined;
    container.remove();
  });

  function mount(options: { template: string; setup: () => Record<string, unknown> }): void {
    app = createApp(options);
    // Tell Vue that b24-* tags are custom elements, not unresolved Vue components.
    app.config.compilerOptions.isCustomElement = (tag) => tag.startsWith('b24-');
    app.config.warnHandler = (message) => {
      throw new Error(`Vue warning: ${message}`);
    };
    app.mount(container);
  }

  function element(): B24AttachedVote {
    const el = container.querySelector('b24-attached-vote');
    if (!el) throw new Error('no <b24-attached-vote> rendered');
    return el;
  }

  it('binds the transport as a property, votes, and hears @vote-load and @vote-success', async () => {
    const transport = createFetchTransport({ webhookUrl: webhook(31) });
    const load = new Calls<CustomEvent<VoteLoadDetail>>();
    const success = new Calls<CustomEvent<VoteSuccessDetail>>();
    const failure = new Calls<CustomEvent<VoteErrorDetail>>();
    const ballot = ref<Ballot | null>(null);
    mount({
      template,
      setup: () => ({
        attachId: ref(1),
        transport,
        messages: { vote: 'Send my vote' },
        ballot,
        problem: ref(''),
        onLoad: load.fn,
        onSuccess: (event: CustomEvent<VoteSuccessDetail>) => {
          success.fn(event);
          ballot.value = event.detail.ballot;
        },
        onError: failure.fn,
      }),
    });
    const el = element();
    expect(el.transport, 'the very transport object, bound as a property').to.equal(transport);
    expect(el.hasAttribute('transport')).to.be.false;
    expect((await load.next('@vote-load not heard')).detail.attach.ID).to.equal(1);
    await ready(el);
    expect(el.shadowRoot!.querySelector('[part~="vote-button"]')!.textContent!.trim()).to.equal('Send my vote');

    const answerId = await pickAnswer(el, 2);
    clickVote(el);
    const { detail } = await success.next('@vote-success not heard');
    const expected = { [el.poll!.questions[0].id]: [answerId] };
    expect(detail.ballot).to.deep.equal(expected);
    await nextTick();
    expect(container.querySelector('.thanks')!.textContent).to.contain(JSON.stringify(expected));
    const votes = await requests('vote.AttachedVote.vote');
    expect(votes.map((r) => [Number(r.userId), r.params.ballot])).to.deep.equal([[31, expected]]);
    await settled(el);
    expect(success.all).to.have.length(1);
    expect(failure.all).to.have.length(0);
  });

  it('follows reactive bindings: another attach-id and another transport', async () => {
    const first = createFetchTransport({ webhookUrl: webhook(32) });
    const second = createFetchTransport({ webhookUrl: webhook(33) });
    const attachId = ref(1);
    const transport = shallowRef<B24Transport>(first);
    const load = new Calls<CustomEvent<VoteLoadDetail>>();
    mount({
      template,
      setup: () => ({ attachId, transport, messages: undefined, ballot: null, problem: '', onLoad: load.fn, onSuccess: () => {}, onError: () => {} }),
    });
    expect((await load.next()).detail.attach.ID).to.equal(1);
    const el = element();
    await ready(el);

    attachId.value = 2;
    transport.value = second;
    await nextTick();
    expect(el.transport).to.equal(second);
    expect((await load.next('no @vote-load for the new poll')).detail.attach.ID).to.equal(2);
    await ready(el);
    const users = (await requests()).map((r) => Number(r.userId));
    expect(users[0]).to.equal(32);
    expect(users.at(-1), 'the new poll came through the new transport').to.equal(33);
  });

  it('cancels a vote with @vote-submit.prevent and shows @vote-error failures', async () => {
    const transport = createFetchTransport({ webhookUrl: webhook(34) });
    const failure = new Calls<CustomEvent<VoteErrorDetail>>();
    const problem = ref('');
    mount({
      template: `
        <b24-attached-vote attach-id="1" :transport="transport" @vote-submit.prevent @vote-error="onError"></b24-attached-vote>
        <p v-if="problem" class="problem">{{ problem }}</p>`,
      setup: () => ({
        transport,
        problem,
        onError: (event: CustomEvent<VoteErrorDetail>) => {
          failure.fn(event);
          problem.value = `${event.detail.action}: ${event.detail.code}`;
        },
      }),
    });
    const el = element();
    await ready(el);
    await pickAnswer(el, 0);
    expect(await el.vote(), '@vote-submit.prevent cancels').to.be.false;
    expect(await requests('vote.AttachedVote.vote')).to.have.length(0);

    // A poll this user can't read: the failure reaches the Vue handler.
    el.attachId = 8;
    const { detail } = await failure.next('@vote-error not heard');
    expect(detail.action).to.equal('load');
    await waitUntil(() => container.querySelector('.problem'), 'the handler did not update the app');
    expect(container.querySelector('.problem')!.textContent).to.equal(`load: ${detail.code}`);
  });
});
