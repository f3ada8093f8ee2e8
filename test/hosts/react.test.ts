// b24-attached-vote/react in a real React 19 app (StrictMode, createRoot), voting against the emulator; and the
// bare tag in React 19 without the wrapper. No JSX here (the runner compiles .ts only): createElement is what
// JSX compiles to. test/hosts/types/react-jsx.tsx type-checks the same uses written as JSX.
import { expect } from '@open-wc/testing';
import { createElement, createRef, StrictMode, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { AttachedVote } from '../../src/react/index.js';
import { B24AttachedVote } from '../../src/element.js';
import type { VoteErrorDetail, VoteLoadDetail, VoteSubmitDetail, VoteSuccessDetail } from '../../src/events.js';
import { createFetchTransport } from '../../src/transport/fetch-transport.js';
import { Calls, clickVote, pickAnswer, ready, requests, resetPortal, settled, webhook } from './support.js';

describe('React 19 host', () => {
  let container: HTMLElement;
  let root: Root;

  beforeEach(async () => {
    await resetPortal();
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
  });

  afterEach(() => {
    root.unmount();
    container.remove();
  });

  /** Renders synchronously, in StrictMode (effects run, are torn down and run again, as in development). */
  function render(node: ReactNode): void {
    flushSync(() => root.render(createElement(StrictMode, null, node)));
  }

  describe('<AttachedVote> (b24-attached-vote/react)', () => {
    it('registers the tag, passes the transport as a property and gives a ref to the element', async () => {
      expect(customElements.get('b24-attached-vote')).to.equal(B24AttachedVote);
      const transport = createFetchTransport({ webhookUrl: webhook(21) });
      const ref = createRef<B24AttachedVote>();
      const load = new Calls<CustomEvent<VoteLoadDetail>>();
      render(createElement(AttachedVote, { ref, attachId: 1, transport, onVoteLoad: load.fn }));

      const { detail } = await load.next('onVoteLoad was not called');
      expect(detail.attach.ID).to.equal(1);
      const el = ref.current!;
      expect(el).to.be.instanceOf(B24AttachedVote);
      expect(el).to.equal(container.querySelector('b24-attached-vote'));
      expect(el.transport, 'transport set as a property').to.equal(transport);
      expect(el.hasAttribute('transport'), 'no stringified transport attribute').to.be.false;
      await ready(el);
      // Nothing but the transport knows user 21: every request the emulator saw came through it.
      const seen = await requests();
      expect(seen.length).to.be.greaterThan(0);
      expect(seen.every((r) => Number(r.userId) === 21), JSON.stringify(seen.map((r) => r.userId))).to.be.true;
      expect(load.all, 'one vote-load despite StrictMode re-running effects').to.have.length(1);
    });

    it('votes through it: onVoteSubmit, then onVoteSuccess with the ballot that was sent, once each', async () => {
      const transport = createFetchTransport({ webhookUrl: webhook(22) });
      const ref = createRef<B24AttachedVote>();
      const submit = new Calls<CustomEvent<VoteSubmitDetail>>();
      const success = new Calls<CustomEvent<VoteSuccessDetail>>();
      const failure = new Calls<CustomEvent<VoteErrorDetail>>();
      render(createElement(AttachedVote, {
        ref, attachId: 1, transport, onVoteSubmit: submit.fn, onVoteSuccess: success.fn, onVoteError: failure.fn,
      }));
      const el = ref.current!;
      await ready(el);

      const answerId = await pickAnswer(el, 1);
      clickVote(el);
      const submitted = await submit.next('onVoteSubmit was not called');
      const { detail } = await success.next('onVoteSuccess was not called');
      const questionId = el.poll!.questions[0].id;
      expect(submitted.detail.ballot).to.deep.equal({ [questionId]: [answerId] });
      expect(detail.ballot).to.deep.equal({ [questionId]: [answerId] });
      expect(detail.attach.isVoted).to.be.true;
      const votes = await requests('vote.AttachedVote.vote');
      expect(votes).to.have.length(1);
      expect(votes[0].params.ballot).to.deep.equal(detail.ballot);
      expect(Number(votes[0].userId)).to.equal(22);
      await settled(el);
      expect(el.poll!.isVoted).to.be.true;
      expect(submit.all).to.have.length(1);
      expect(success.all).to.have.length(1);
      expect(failure.all).to.have.length(0);
    });

    it('takes new props on re-render: a new onVoteSubmit that cancels, then another poll', async () => {
      const transport = createFetchTransport({ webhookUrl: webhook(23) });
      const ref = createRef<B24AttachedVote>();
      const load = new Calls<CustomEvent<VoteLoadDetail>>();
      const success = new Calls<CustomEvent<VoteSuccessDetail>>();
      const props = { ref, transport, onVoteLoad: load.fn, onVoteSuccess: success.fn };
      render(createElement(AttachedVote, { ...props, attachId: 1 }));
      expect((await load.next()).detail.attach.ID).to.equal(1);
      const el = ref.current!;
      await ready(el);

      render(createElement(AttachedVote, { ...props, attachId: 1, onVoteSubmit: (e) => e.preventDefault() }));
      await pickAnswer(el, 0);
      expect(await el.vote(), 'cancelled by the new onVoteSubmit').to.be.false;
      expect(await requests('vote.AttachedVote.vote')).to.have.length(0);
      expect(success.all).to.have.length(0);

      render(createElement(AttachedVote, { ...props, attachId: 2, messages: { vote: 'Send it' } }));
      expect(ref.current, 'same element').to.equal(el);
      expect((await load.next('no vote-load for the new poll')).detail.attach.ID).to.equal(2);
      await ready(el);
      expect(el.shadowRoot!.querySelector('[part~="vote-button"]')!.textContent!.trim()).to.equal('Send it');
    });

    it('reports failures through onVoteError', async () => {
      const transport = createFetchTransport({ webhookUrl: `${location.origin}/rest/24/wrong-code/`, retry: false });
      const failure = new Calls<CustomEvent<VoteErrorDetail>>();
      render(createElement(AttachedVote, { attachId: 1, transport, onVoteError: failure.fn }));
      const { detail } = await failure.next('onVoteError was not called');
      expect(detail.action).to.equal('load');
      expect(detail.status).to.equal(401);
      expect(JSON.stringify(detail), 'no secret in the detail').not.to.contain('wrong-code');
    });
  });

  describe('the bare <b24-attached-vote> in React 19 (no wrapper)', () => {
    it('sets the transport as a property, attributes as attributes, and listens through on<event> props', async () => {
      const transport = createFetchTransport({ webhookUrl: webhook(25) });
      const ref = createRef<B24AttachedVote>();
      const load = new Calls<CustomEvent<VoteLoadDetail>>();
      const success = new Calls<CustomEvent<VoteSuccessDetail>>();
      render(createElement('b24-attached-vote', {
        ref, 'attach-id': '2', theme: 'dark', transport, 'onvote-load': load.fn, 'onvote-success': success.fn,
      }));
      const el = ref.current!;
      expect(el).to.be.instanceOf(B24AttachedVote);
      expect(el.getAttribute('attach-id')).to.equal('2');
      expect(el.transport).to.equal(transport);
      expect((await load.next('onvote-load was not called')).detail.attach.ID).to.equal(2);
      await ready(el);
      const first = await pickAnswer(el, 0);
      const third = await pickAnswer(el, 2);
      clickVote(el);
      const { detail } = await success.next('onvote-success was not called');
      expect(detail.ballot).to.deep.equal({ [el.poll!.questions[0].id]: [first, third] });
      expect(success.all).to.have.length(1);
      expect((await requests('vote.AttachedVote.vote')).map((r) => Number(r.userId))).to.deep.equal([25]);
    });
  });
});
