/// <reference types="mocha" />
import { expect } from '@open-wc/testing';
import { BLOG_CONNECTOR, IM_CONNECTOR, refKey, refParams, toPollRef, type PollRefInput } from '../../src/api/poll-ref.js';
import { isB24Error } from '../../src/transport/b24-error.js';

function expectConfigError(input: PollRefInput, pattern: RegExp): void {
  let caught: unknown;
  try {
    toPollRef(input);
  } catch (error) {
    caught = error;
  }
  expect(isB24Error(caught), `expected a B24Error for ${JSON.stringify(input)}`).to.equal(true);
  const e = caught as { code: string; description: string };
  expect(e.code).to.equal('INVALID_CONFIG');
  expect(e.description).to.match(pattern);
}

describe('toPollRef', () => {
  it('reads attach-id from strings and numbers', () => {
    expect(toPollRef({ attachId: '12' })).to.deep.equal({ attachId: 12 });
    expect(toPollRef({ attachId: ' 12 ' })).to.deep.equal({ attachId: 12 });
    expect(toPollRef({ attachId: 7 })).to.deep.equal({ attachId: 7 });
  });

  it('lowercases module-id and defaults the connector for im and blog', () => {
    expect(toPollRef({ moduleId: 'Im', entityId: '101' })).to.deep.equal({ moduleId: 'im', entityType: IM_CONNECTOR, entityId: 101 });
    expect(toPollRef({ moduleId: 'BLOG', entityId: 201 })).to.deep.equal({ moduleId: 'blog', entityType: BLOG_CONNECTOR, entityId: 201 });
    expect(IM_CONNECTOR).to.equal('Bitrix\\Vote\\Attachment\\ImMessageConnector');
  });

  it('keeps an explicit entity-type, undoubling JSON-style backslashes', () => {
    expect(toPollRef({ moduleId: 'forum', entityType: 'Bitrix\\Vote\\Attachment\\ForumMessageConnector', entityId: 3 })).to.deep.equal({
      moduleId: 'forum',
      entityType: 'Bitrix\\Vote\\Attachment\\ForumMessageConnector',
      entityId: 3,
    });
    expect(toPollRef({ moduleId: 'im', entityType: 'Bitrix\\\\Vote\\\\Attachment\\\\ImMessageConnector', entityId: 3 })).to.deep.equal({
      moduleId: 'im',
      entityType: IM_CONNECTOR,
      entityId: 3,
    });
  });

  it('reads signed-attach-id', () => {
    expect(toPollRef({ signedAttachId: ' 1.abc ' })).to.deep.equal({ signedAttachId: '1.abc' });
  });

  it('follows the server\'s precedence: attachId, then the triple, then the signed ID', () => {
    const all = { attachId: '5', moduleId: 'im', entityId: '101', signedAttachId: '1.abc' };
    expect(toPollRef(all)).to.deep.equal({ attachId: 5 });
    expect(toPollRef({ ...all, attachId: '' })).to.deep.equal({ moduleId: 'im', entityType: IM_CONNECTOR, entityId: 101 });
    expect(toPollRef({ signedAttachId: '1.abc', attachId: null, moduleId: ' ' })).to.deep.equal({ signedAttachId: '1.abc' });
    // A complete higher set makes lower ones irrelevant, even broken ones.
    expect(toPollRef({ attachId: 5, moduleId: 'im' })).to.deep.equal({ attachId: 5 });
  });

  it('names attach-id and says why', () => {
    expectConfigError({ attachId: 'abc' }, /^attach-id: "abc" is not a number/);
    expectConfigError({ attachId: '12abc' }, /^attach-id: "12abc" is not a number/);
    expectConfigError({ attachId: '1e3' }, /^attach-id: "1e3" is not a number/);
    expectConfigError({ attachId: '0' }, /^attach-id: 0 is not positive/);
    expectConfigError({ attachId: -4 }, /^attach-id: -4 is not positive/);
    expectConfigError({ attachId: '1.5' }, /^attach-id: 1.5 is not a whole number/);
    expectConfigError({ attachId: Number.NaN }, /^attach-id: NaN is not a finite number/);
    expectConfigError({ attachId: '99999999999999999999' }, /^attach-id: .* is too large/);
    // A malformed attach-id is reported, not skipped in favour of a lower set.
    expectConfigError({ attachId: 'x', signedAttachId: '1.abc' }, /^attach-id/);
  });

  it('names module-id, entity-type and entity-id and says why', () => {
    expectConfigError({ entityId: '101' }, /^module-id: required/);
    expectConfigError({ entityType: IM_CONNECTOR, entityId: 5 }, /^module-id: required/);
    expectConfigError({ moduleId: 'im' }, /^entity-id: required/);
    expectConfigError({ moduleId: 'im', entityId: 'abc' }, /^entity-id: "abc" is not a number/);
    expectConfigError({ moduleId: 'im', entityId: '0' }, /^entity-id: 0 is not positive/);
    expectConfigError({ moduleId: 'im', entityId: '2.5' }, /^entity-id: 2.5 is not a whole number/);
    expectConfigError({ moduleId: 'forum', entityId: 3 }, /^entity-type: required for module "forum"/);
    expectConfigError({ moduleId: 'i m', entityId: 3 }, /^module-id: "i m" is not a module ID/);
    // Names of Object.prototype's members are module IDs like any other: no default connector, a clear message.
    expectConfigError({ moduleId: 'constructor', entityId: 3 }, /^entity-type: required for module "constructor"/);
    expectConfigError({ moduleId: '__proto__', entityId: 3 }, /^entity-type: required for module "__proto__"/);
    expectConfigError({ moduleId: 'tostring', entityId: 3 }, /^entity-type: required for module "tostring"/);
  });

  it('names signed-attach-id and says why', () => {
    expectConfigError({ signedAttachId: '1.ab c' }, /^signed-attach-id: contains whitespace/);
    expectConfigError({ signedAttachId: 'x'.repeat(1001) }, /^signed-attach-id: is longer than 1000/);
  });

  it('reports nothing given', () => {
    for (const input of [{}, { attachId: '', moduleId: '  ', signedAttachId: '' }, null, undefined]) {
      expectConfigError(input as PollRefInput, /no poll given: set attach-id, module-id \+ entity-id .*signed-attach-id/);
    }
  });
});

describe('refParams and refKey', () => {
  it('gives the REST parameters of each kind', () => {
    expect(refParams({ attachId: 1 })).to.deep.equal({ attachId: 1 });
    expect(refParams({ moduleId: 'Im', entityType: IM_CONNECTOR, entityId: 101 })).to.deep.equal({
      moduleId: 'im',
      entityType: IM_CONNECTOR,
      entityId: 101,
    });
    expect(refParams({ signedAttachId: '1.abc' })).to.deep.equal({ signedAttachId: '1.abc' });
  });

  it('gives equal keys for equal refs and different keys otherwise', () => {
    expect(refKey(toPollRef({ attachId: '1' }))).to.equal(refKey({ attachId: 1 }));
    expect(refKey(toPollRef({ moduleId: 'IM', entityId: '5' }))).to.equal(refKey({ moduleId: 'im', entityType: IM_CONNECTOR, entityId: 5 }));
    const keys = new Set([
      refKey({ attachId: 1 }),
      refKey({ attachId: 2 }),
      refKey({ signedAttachId: '1' }),
      refKey({ moduleId: 'im', entityType: IM_CONNECTOR, entityId: 1 }),
      refKey({ moduleId: 'blog', entityType: BLOG_CONNECTOR, entityId: 1 }),
    ]);
    expect(keys.size).to.equal(5);
  });
});
