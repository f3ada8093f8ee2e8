import { expect } from '@open-wc/testing';
import { normalizeAttach } from '../../src/api/normalize.js';
import { WriteGate, type WritesFactory } from '../../src/controllers/write-gate.js';
import { seedAttach } from '../api/fixtures/seed-attach.js';
import { connectedHost, recordingPort } from './support.js';

/** A writes feature whose writes stay in flight until `finish` is called. */
function pendingWrites() {
  const calls: Array<{ action: string; signal: AbortSignal }> = [];
  let finish: (ok: boolean) => void = () => undefined;
  const feature: WritesFactory = () => ({
    perform(action: string, _ballot: unknown, signal: AbortSignal): Promise<boolean> {
      calls.push({ action, signal });
      return new Promise((resolve) => (finish = resolve));
    },
  });
  return { feature, calls, finish: (ok: boolean) => finish(ok) };
}

describe('WriteGate', () => {
  it('joins a second call of the same write, refuses another action meanwhile, and says busy from the start', async () => {
    const host = connectedHost();
    const port = recordingPort(host, normalizeAttach(seedAttach()));
    const writes = pendingWrites();
    const gate = new WriteGate(host, port, writes.feature, { readWhenBack: () => undefined });
    const first = gate.run('vote');
    expect(port.store.busy).to.equal('vote');
    expect(gate.run('vote')).to.equal(first);
    expect(await gate.run('recall')).to.be.false;
    await new Promise((r) => setTimeout(r));
    expect(writes.calls.map((c) => c.action)).to.deep.equal(['vote']);
    writes.finish(true);
    expect(await first).to.be.true;
    expect(port.store.busy).to.equal(null);
  });

  it('sends nothing for an element that is not on the page', async () => {
    const host = connectedHost();
    host.remove();
    const writes = pendingWrites();
    const gate = new WriteGate(host, recordingPort(host), writes.feature, { readWhenBack: () => undefined });
    expect(await gate.run('vote')).to.be.false;
    await new Promise((r) => setTimeout(r));
    expect(writes.calls).to.have.length(0);
  });

  it('cuts the write off when the poll is dropped, so the next write can start', async () => {
    const host = connectedHost();
    const port = recordingPort(host, normalizeAttach(seedAttach()));
    const writes = pendingWrites();
    const gate = new WriteGate(host, port, writes.feature, { readWhenBack: () => undefined });
    const first = gate.run('vote');
    await new Promise((r) => setTimeout(r));
    port.drop();
    expect(writes.calls[0]!.signal.aborted).to.be.true;
    expect(port.store.busy).to.equal(null);
    void gate.run('recall');
    await new Promise((r) => setTimeout(r));
    expect(writes.calls.map((c) => c.action)).to.deep.equal(['vote', 'recall']);
    writes.finish(false);
    void first;
  });

  it('asks for a read when put back only for a write a removal cut off', async () => {
    const host = connectedHost();
    const port = recordingPort(host, normalizeAttach(seedAttach()));
    const writes = pendingWrites();
    let reads = 0;
    const gate = new WriteGate(host, port, writes.feature, { readWhenBack: () => void (reads += 1) });
    void gate.run('vote');
    port.drop(); // another poll named: the element stays, nothing to read again
    expect(reads).to.equal(0);
    void gate.run('recall');
    host.remove();
    port.drop();
    expect(writes.calls[1]!.signal.aborted).to.be.true;
    expect(reads).to.equal(1);
  });
});
