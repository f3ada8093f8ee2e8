// The two CDN files on one page (built files: `npm run build` first, as test/hosts/cms-page.test.ts): each tag is
// registered once, in either order, silently (same version), and the composer's file works on its own.
import { expect, waitUntil } from '@open-wc/testing';

const voterFile = '/dist/b24-attached-vote.bundle.js';
const composerFile = '/dist/b24-vote-composer.bundle.js';

describe('the composer CDN file beside the voter CDN file', () => {
  it('registers both tags once, without a warning, whichever file comes first, and posts a poll', async () => {
    const warnings: unknown[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const composerModule = (await import(/* @vite-ignore */ `${composerFile}?first`)) as { B24VoteComposer: CustomElementConstructor; B24AttachedVote: CustomElementConstructor };
      expect(customElements.get('b24-vote-composer')).to.equal(composerModule.B24VoteComposer);
      expect(customElements.get('b24-attached-vote')).to.equal(composerModule.B24AttachedVote);
      await import(/* @vite-ignore */ `${voterFile}?second`);
      await import(/* @vite-ignore */ `${composerFile}?third`);
      expect(customElements.get('b24-vote-composer')).to.equal(composerModule.B24VoteComposer);
      expect(customElements.get('b24-attached-vote')).to.equal(composerModule.B24AttachedVote);
    } finally {
      console.warn = warn;
    }
    expect(warnings).to.deep.equal([]);
    await fetch('/__portal/reset', { method: 'POST' });
    sessionStorage.clear();
    const el = document.createElement('b24-vote-composer') as HTMLElement & { submit(): Promise<boolean>; updateComplete: Promise<unknown> };
    el.setAttribute('chat-id', '7');
    el.setAttribute('webhook-url', `${location.origin}/rest/2/demo/`);
    document.body.append(el);
    await el.updateComplete;
    const field = (selector: string) => el.shadowRoot!.querySelectorAll<HTMLInputElement>(selector);
    const type = async (input: HTMLInputElement, text: string) => {
      input.value = text;
      input.dispatchEvent(new Event('input'));
      await el.updateComplete;
    };
    await type(field('#question')[0]!, 'From the CDN?');
    await type(field('[part~="answer-input"]')[0]!, 'Yes');
    await type(field('[part~="answer-input"]')[1]!, 'No');
    expect(await el.submit()).to.be.true;
    const voter = el.shadowRoot!.querySelector('b24-attached-vote') as HTMLElement & { status: string };
    await waitUntil(() => voter.status === 'ready', 'the posted poll did not load');
    el.remove();
  });
});
