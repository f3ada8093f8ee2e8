import { expect } from '@open-wc/testing';
import type { ReactiveControllerHost } from 'lit';
import type { VotePort } from '../../src/controllers/port.js';

// The port is the whole contract between the element and its features: a key added or removed here is a design
// change, so it must show up in review. `tsc` (npm test's typecheck step) fails when the lists differ.
type PortKeys = Exclude<keyof VotePort, keyof ReactiveControllerHost>;
type Expected =
  | 'poll' | 'truth' | 'source' | 'selection' | 'messages' | 'lang' | 'busy' | 'signal' | 'loaded' | 'refresh' | 'show'
  | 'onChange' | 'fail' | 'begin' | 'setBusy' | 'announce' | 'focus' | 'emit' | 'write' | 'hideVoters' | 'setWaiting';
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const pinned: Same<PortKeys, Expected> = true;

describe('the port', () => {
  it('has exactly the keys of the host contract', () => {
    expect(pinned).to.be.true;
  });
});
