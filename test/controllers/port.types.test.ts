import { expect } from '@open-wc/testing';
import type { ReactiveControllerHost } from 'lit';
import type { VotePort } from '../../src/controllers/port.js';

// The port is the whole contract between the element and its features: a key added or removed here is a design
// change, so it must show up in review. `tsc` (npm test's typecheck step) fails when the lists differ.
type PortKeys = Exclude<keyof VotePort, keyof ReactiveControllerHost>;
type Expected =
  | 'store' | 'source' | 'messages' | 'lang' | 'signal' | 'loaded' | 'refresh' | 'show' | 'onChange' | 'fail' | 'begin'
  | 'setBusy' | 'announce' | 'focus' | 'emit' | 'write' | 'hideVoters' | 'setWaiting';
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const pinned: Same<PortKeys, Expected> = true;
// What features read of the store: its getters, none of its methods (the store alone changes the screen state, and
// a feature changes it through the port's methods).
const storeView: Same<keyof VotePort['store'], 'poll' | 'truth' | 'selection' | 'busy'> = true;
/** Never called: `tsc` checks that the view cannot be written through. */
export function writesThroughTheView(port: VotePort): void {
  // @ts-expect-error the store's state is read-only through the port
  port.store.busy = null;
}

describe('the port', () => {
  it('has exactly the keys of the host contract', () => {
    expect(pinned).to.be.true;
    expect(storeView).to.be.true;
  });
});
