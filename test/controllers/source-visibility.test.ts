import { expect } from '@open-wc/testing';
import { SourceController, type SourceInputs } from '../../src/controllers/source-controller.js';
import { VisibilityController } from '../../src/controllers/visibility-controller.js';
import { B24Error } from '../../src/transport/b24-error.js';
import type { B24Transport } from '../../src/transport/types.js';
import { connectedHost } from './support.js';

const transport: B24Transport = { call: () => Promise.reject(new Error('not called')) };

describe('SourceController', () => {
  it('turns the inputs into a source or an error, and ends the scope when the poll changes', async () => {
    const host = connectedHost();
    const inputs: SourceInputs = { attachId: 'abc', transport };
    const seen: string[] = [];
    const sources = new SourceController(host, inputs, { change: () => seen.push('change'), end: () => seen.push('end') });
    host.requestUpdate();
    await host.updateComplete;
    expect(sources.current instanceof B24Error && sources.current.code).to.equal('INVALID_CONFIG');
    const first = sources.signal;
    inputs.attachId = 7;
    host.requestUpdate();
    await host.updateComplete;
    expect(sources.valid?.key).to.be.a('string');
    expect(first.aborted).to.be.true;
    expect(sources.signal.aborted).to.be.false;
    // The same poll again is no change.
    host.requestUpdate();
    await host.updateComplete;
    expect(seen).to.deep.equal(['change', 'end', 'change']);
  });

  it('ends the scope on a removal, not on a move', async () => {
    const host = connectedHost();
    const sources = new SourceController(host, { attachId: 1, transport }, { change: () => undefined, end: () => undefined });
    await host.updateComplete;
    const before = sources.signal;
    document.body.append(host); // a move: removed and put back in the same task
    await Promise.resolve();
    expect(before.aborted).to.be.false;
    host.remove();
    await Promise.resolve();
    expect(before.aborted).to.be.true;
  });
});

describe('VisibilityController', () => {
  it('is visible at once when eager, and only after reveal() when lazy and off screen', async () => {
    const host = connectedHost();
    host.style.cssText = 'display:block;position:absolute;top:10000px';
    let loading = 'lazy';
    const visibility = new VisibilityController(host, () => loading);
    await host.updateComplete;
    await new Promise((r) => setTimeout(r, 50));
    expect(visibility.visible).to.be.false;
    loading = 'eager';
    host.requestUpdate();
    await host.updateComplete;
    expect(visibility.visible).to.be.true;
    host.remove();
  });
});
