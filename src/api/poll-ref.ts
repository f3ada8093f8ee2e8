import { type B24Error, invalidConfig } from '../transport/b24-error.js';
import type { PollRef } from './types.js';
import { toNumber } from '../util/parse-number.js';

/** The chat-message connector: `entity-type` of a poll in a chat message (`module-id="im"`). */
export const IM_CONNECTOR = 'Bitrix\\Vote\\Attachment\\ImMessageConnector';

/** The blog-post connector: `entity-type` of a poll in a feed post (`module-id="blog"`). */
export const BLOG_CONNECTOR = 'Bitrix\\Vote\\Attachment\\BlogPostConnector';

/** The connector a module implies when `entity-type` is left out (the two documented ones only). */
/** A map without a prototype: `module-id="constructor"` finds nothing here, not Object's constructor. */
const DEFAULT_CONNECTORS: Readonly<Record<string, string | undefined>> = Object.assign(Object.create(null) as object, {
  im: IM_CONNECTOR,
  blog: BLOG_CONNECTOR,
});

/** Loose input naming a poll: attribute strings or numbers, any of them possibly missing or empty. */
export interface PollRefInput {
  attachId?: string | number | null;
  moduleId?: string | null;
  entityType?: string | null;
  entityId?: string | number | null;
  signedAttachId?: string | null;
}

function invalid(attribute: string, why: string): B24Error {
  return invalidConfig(`${attribute}: ${why}`);
}

/** Empty strings and whitespace count as "not given": an attribute set to "" names nothing. */
export function given(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === 'string') return value.trim() !== '';
  return true;
}

/**
 * A positive whole number from an attribute string or a number. Strings must be plain digits: `Number()` alone
 * would accept "1e3", "0x10" or " " and send an ID the host never wrote.
 */
function positiveId(value: unknown, attribute: string): number {
  if (typeof value !== 'number' && typeof value !== 'string') throw invalid(attribute, `expected a number, got ${typeof value}`);
  const n = typeof value === 'number' ? value : toNumber(value);
  if (typeof value === 'string' && Number.isNaN(n)) throw invalid(attribute, `"${value.trim()}" is not a number`);
  if (!Number.isFinite(n)) throw invalid(attribute, `${String(value)} is not a finite number`);
  if (!Number.isInteger(n)) throw invalid(attribute, `${String(value)} is not a whole number`);
  if (n <= 0) throw invalid(attribute, `${String(value)} is not positive`);
  if (!Number.isSafeInteger(n)) throw invalid(attribute, `${String(value)} is too large`);
  return n;
}

function text(value: unknown, attribute: string): string {
  if (typeof value !== 'string') throw invalid(attribute, `expected a string, got ${typeof value}`);
  return value.trim();
}

/**
 * Builds a valid `PollRef` from loose inputs, in the server's order of precedence: `attachId`, then the entity
 * triple, then `signedAttachId`. The first set that is given decides; lower sets are then ignored, as the server
 * ignores them. A set that is given but malformed is an error rather than a silent fall-through, so a typo in
 * `attach-id` is reported instead of quietly loading some other poll.
 * @throws B24Error `INVALID_CONFIG` whose description starts with the attribute's name and says why.
 */
export function toPollRef(input: PollRefInput | PollRef | null | undefined): PollRef {
  if (input && checked.has(input)) return input as PollRef;
  const ref = Object.freeze(parseRef(input));
  checked.add(ref);
  return ref;
}

/**
 * The refs `toPollRef` made: valid as they are (frozen, so they stay so), so that the key, the request's
 * parameters and the loader take one the element resolved without checking it again.
 */
const checked = new WeakSet<object>();

/** The ref's keys are the REST parameters that name the poll, in the order sent: `refParams` and `refKey` use them as they are. */
function parseRef(input: PollRefInput | PollRef | null | undefined): PollRef {
  const src = (input ?? {}) as PollRefInput;

  if (given(src.attachId)) return { attachId: positiveId(src.attachId, 'attach-id') };

  if (given(src.moduleId) || given(src.entityType) || given(src.entityId)) {
    if (!given(src.moduleId)) throw invalid('module-id', 'required with entity-id / entity-type (e.g. "im" or "blog")');
    const moduleId = text(src.moduleId, 'module-id').toLowerCase();
    // Bitrix module IDs are lowercase letters, digits, "_" and "." (partner modules): anything else is a typo.
    if (!/^[a-z0-9_.]+$/.test(moduleId)) throw invalid('module-id', `"${moduleId}" is not a module ID`);
    let entityType = given(src.entityType) ? text(src.entityType, 'entity-type') : DEFAULT_CONNECTORS[moduleId];
    if (!entityType) {
      throw invalid('entity-type', `required for module "${moduleId}" (only "im" and "blog" have a default)`);
    }
    // Attribute values sometimes arrive with JSON-style doubled backslashes copied from the docs.
    entityType = entityType.replace(/\\\\/g, '\\');
    if (!given(src.entityId)) throw invalid('entity-id', 'required with module-id (the chat message or post ID)');
    return { moduleId, entityType, entityId: positiveId(src.entityId, 'entity-id') };
  }

  if (given(src.signedAttachId)) {
    const signedAttachId = text(src.signedAttachId, 'signed-attach-id');
    // Signed IDs are "{id}.{hmac}" or a result-page UID: never whitespace or control characters.
    if (/[\s\u0000-\u001f\u007f]/.test(signedAttachId)) {
      throw invalid('signed-attach-id', 'contains whitespace or control characters');
    }
    if (signedAttachId.length > 1000) throw invalid('signed-attach-id', 'is longer than 1000 characters');
    return { signedAttachId };
  }

  throw invalid('attach-id', 'no poll given: set attach-id, module-id + entity-id (+ entity-type), or signed-attach-id');
}

/**
 * The REST parameters that name the poll (validated again, so a hand-built ref is normalized too): a copy of the
 * checked ref, whose keys are the parameters' names.
 */
export function refParams(ref: PollRef): Record<string, string | number> {
  return { ...toPollRef(ref) };
}

/** A stable string key of a ref: equal refs (after normalization) give equal keys. */
export function refKey(ref: PollRef): string {
  const r = toPollRef(ref);
  // `attach:1`, `signed:…`, `entity:im:…Connector:7`: the ref's values in its own (fixed) key order.
  return ['attachId' in r ? 'attach' : 'signedAttachId' in r ? 'signed' : 'entity', ...Object.values(r)].join(':');
}
