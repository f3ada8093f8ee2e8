import { expect } from '@open-wc/testing';
import { normalizeAttach } from '../../src/api/normalize.js';
import { lazyFeature } from '../../src/controllers/lazy-feature.js';
import { WriteGate } from '../../src/controllers/write-gate.js';
import type { WritesController } from '../../src/features/writes.js';
import { seedAttach } from '../api/fixtures/seed-attach.js';
import { connectedHost, recordingPort } from './support.js';

type WritesModule = typeof import('../../src/features/writes.js');

/** A writes feature whose writes stay in flight until `finish` is called. */
function pendingWrites() {
  const calls: Array<{ action: string; signal: AbortSignal }> = [];
  let finish: (ok: boolean) => void = () => undefined;
  const feature = lazyFeature<WritesModule>(() =>
    Promise.resolve({
      WritesController: class {
        perform(action: string, _ballot: unknown, signal: AbortSignal): Promise<boolean> {
          calls.push({ action, signal });
          return new Promise((resolve) => (finish = resolve));
        }
      } as unknown as typeof WritesController,
    } as WritesModule),
  );
  return { feature, calls, finish: (ok: boolean) => finish(ok) };
}

describe('WriteGate', () => {
  it('joins a second call of the same write, refuses another action meanwhile, and says busy from the start', async () => {
    const host = connectedHost();
    const port = recordingPort(host, normalizeAttach(seedAttach()));
    const writes = pendingWrites();
    const gate = new WriteGate(host, port, writes.feature);
    const first = gate.run('vote');
    expect(port.busy).to.equal('vote');
    expect(gate.run('vote')).to.equal(first);
    expect(await gate.run('recall')).to.be.false;
    await new Promise((r) => setTimeout(r));
    expect(writes.calls.map((c) => c.action)).to.deep.equal(['vote']);
    writes.finish(true);
    expect(await first).to.be.true;
    expect(port.busy).to.equal(null);
  });

  it('sends nothing for an element that is not on the page', async () => {
    const host = connectedHost();
    host.remove();
    const writes = pendingWrites();
    const gate = new WriteGate(host, recordingPort(host), writes.feature);
    expect(await gate.run('vote')).to.be.false;
    await new Promise((r) => setTimeout(r));
    expect(writes.calls).to.have.length(0);
  });

  it('cuts the write off when the poll is dropped, so the next write can start', async () => {
    const host = connectedHost();
    const port = recordingPort(host, normalizeAttach(seedAttach()));
    const writes = pendingWrites();
    const gate = new WriteGate(host, port, writes.feature);
    const first = gate.run('vote');
    await new Promise((r) => setTimeout(r));
    port.drop();
    expect(writes.calls[0]!.signal.aborted).to.be.true;
    expect(port.busy).to.equal(null);
    void gate.run('recall');
    await new Promise((r) => setTimeout(r));
    expect(writes.calls.map((c) => c.action)).to.deep.equal(['vote', 'recall']);
    writes.finish(false);
    void first;
  });

  it('reports MODULE_UNAVAILABLE with the picked ballot when the write flow cannot load', async () => {
    const host = connectedHost();
    const poll = normalizeAttach(seedAttach());
    const port = recordingPort(host, poll);
    const [q] = poll.questions;
    port.selection.set(q!.id, q!.answers[0]!.id, q!.multiple, true);
    const gate = new WriteGate(host, port, lazyFeature<WritesModule>(() => Promise.reject(new TypeError('Failed to fetch'))));
    expect(await gate.run('vote')).to.be.false;
    expect(port.log.failures).to.deep.equal([
      { action: 'vote', code: 'MODULE_UNAVAILABLE', options: { show: true, ballot: { [q!.id]: [q!.answers[0]!.id] } } },
    ]);
    expect(port.busy).to.equal(null);
  });
});
