import { expect } from '@open-wc/testing';
import { publishPollUpdate, subscribePollUpdates } from '../../src/api/poll-updates.js';
import type { RawAttach } from '../../src/api/types.js';
import type { B24Transport } from '../../src/transport/types.js';
import { seedAttach } from './fixtures/seed-attach.js';

function attachWithId(id: number | string): RawAttach {
  const raw = seedAttach();
  raw.ID = id as number;
  return raw;
}

const transport = (): B24Transport => ({ call: () => Promise.reject(new Error('not called')) });

describe('poll updates hub', () => {
  it('tells the subscribers of the same poll on the same transport, except the publisher by its token', () => {
    const t1 = transport();
    const t2 = transport();
    const heard: string[] = [];
    const [a, b, c, d] = [{}, {}, {}, {}];
    const offA = subscribePollUpdates(t1, 5, a, (x) => heard.push(`a:${String(x.ID)}`));
    subscribePollUpdates(t1, '5', b, (x) => heard.push(`b:${String(x.ID)}`));
    subscribePollUpdates(t2, 5, c, (x) => heard.push(`c:${String(x.ID)}`));
    subscribePollUpdates(t1, 6, d, (x) => heard.push(`d:${String(x.ID)}`));
    publishPollUpdate(t1, attachWithId(5), b);
    expect(heard).to.deep.equal(['a:5']);
    offA();
    publishPollUpdate(t1, attachWithId('5'), {});
    expect(heard).to.deep.equal(['a:5', 'b:5']);
  });

  it('keeps telling the others when one subscriber throws, and still surfaces the error', () => {
    const t = transport();
    const heard: number[] = [];
    const surfaced: unknown[] = [];
    // The hub rethrows from a microtask; catch it there so the test page reports nothing.
    const original = globalThis.queueMicrotask;
    globalThis.queueMicrotask = (cb: VoidFunction) => {
      try {
        cb();
      } catch (error) {
        surfaced.push(error);
      }
    };
    try {
      subscribePollUpdates(t, 1, {}, () => {
        throw new Error('boom');
      });
      subscribePollUpdates(t, 1, {}, () => heard.push(1));
      publishPollUpdate(t, attachWithId(1), {});
    } finally {
      globalThis.queueMicrotask = original;
    }
    expect(heard).to.deep.equal([1]);
    expect((surfaced[0] as Error).message).to.equal('boom');
  });
});
