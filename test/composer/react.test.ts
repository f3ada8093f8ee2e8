// <VoteComposer> from b24-attached-vote/react in a React 19 app: props as properties, typed callbacks, ref.
import { expect } from '@open-wc/testing';
import { createElement, createRef, StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { VoteComposer, type ComposeSuccessDetail } from '../../src/react/index.js';
import { B24VoteComposer } from '../../src/composer/vote-composer.js';
import { createFetchTransport } from '../../src/transport/fetch-transport.js';
import { clearDrafts, resetPortal, webhook, writePoll } from './support.js';

describe('<VoteComposer> (b24-attached-vote/react)', () => {
  beforeEach(async () => {
    clearDrafts();
    await resetPortal();
  });

  it('registers the tag, sets the transport as a property, gives the element as ref and calls onComposeSuccess', async () => {
    const container = document.createElement('div');
    document.body.append(container);
    const root = createRoot(container);
    const transport = createFetchTransport({ webhookUrl: webhook(2) });
    const ref = createRef<B24VoteComposer>();
    const successes: Array<CustomEvent<ComposeSuccessDetail>> = [];
    flushSync(() => root.render(createElement(StrictMode, null,
      createElement(VoteComposer, { ref, chatId: 7, transport, onComposeSuccess: (e) => successes.push(e) }))));
    const el = ref.current!;
    expect(customElements.get('b24-vote-composer')).to.equal(B24VoteComposer);
    expect(el.transport).to.equal(transport);
    expect(el.hasAttribute('transport')).to.be.false;
    await el.updateComplete;
    await writePoll(el, 'From React?', ['Yes', 'No']);
    expect(await el.submit()).to.be.true;
    expect(successes).to.have.length(1);
    expect(successes[0]!.detail.chatId).to.equal(7);
    root.unmount();
    container.remove();
  });
});
