import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/index.js';
import type { B24AttachedVote } from '../../src/element.js';

// A portal or a proxy may answer with any code, the element's own included: it is still the portal, and its
// words never reach the screen (issue 12, item 3).
describe('<b24-attached-vote> and a portal that sends the element\'s own codes', () => {
  for (const code of ['INVALID_CONFIG', 'NO_TRANSPORT', 'MODULE_UNAVAILABLE']) {
    it(`shows none of the portal's text for ${code}, and says the error came from the portal`, async () => {
      const url = `${location.origin}/rest/1/hostile-${code}/`;
      const el = document.createElement('b24-attached-vote') as B24AttachedVote;
      const failed = oneEvent(el, 'vote-error');
      el.setAttribute('webhook-url', url);
      el.setAttribute('attach-id', '1');
      await fixture(html`<div></div>`).then((box) => box.append(el));
      const { detail } = await failed;
      await el.updateComplete;
      expect(detail).to.include({ action: 'load', code, source: 'portal' });
      const text = el.shadowRoot!.textContent!;
      expect(text).not.to.contain('800-555');
      expect(text).not.to.contain('password');
      expect(el.status).to.equal('error');
    });
  }

  it('still says what the element itself found wrong, as the element', async () => {
    const el = document.createElement('b24-attached-vote') as B24AttachedVote;
    const failed = oneEvent(el, 'vote-error');
    el.setAttribute('attach-id', 'abc');
    el.setAttribute('webhook-url', `${location.origin}/rest/1/demo/`);
    document.body.append(el);
    const { detail } = await failed;
    await el.updateComplete;
    expect(detail).to.include({ code: 'INVALID_CONFIG', source: 'element' });
    expect(el.shadowRoot!.textContent).to.contain('attach-id');
    el.remove();
  });
});
