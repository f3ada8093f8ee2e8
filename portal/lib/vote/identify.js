// @ts-check
// The three ways to name a poll, tried in the binder's order: attachId; moduleId + entityType + entityId; signedAttachId.
import { present, intParam, stringParam } from './bind.js';
import { binder, vote as voteErrors } from '../rest/errors.js';
import { canRead } from './rules.js';

/**
 * @typedef {{ by: 'attachId', attachId: number }
 *   | { by: 'entity', moduleId: string, entityType: string, entityId: number }
 *   | { by: 'signed', signed: string }} AttachPayload
 */

/**
 * Binds the AttachedVotePayload argument from the parameters (binder errors only, no lookup).
 * @param {Record<string, unknown>} params
 * @returns {AttachPayload}
 */
export function bindPayload(params) {
  if (present(params.attachId)) return { by: 'attachId', attachId: intParam(params, 'attachId') };
  if (present(params.moduleId) && present(params.entityType) && present(params.entityId)) {
    return {
      by: 'entity',
      moduleId: stringParam(params, 'moduleId'),
      entityType: stringParam(params, 'entityType'),
      entityId: intParam(params, 'entityId'),
    };
  }
  if (present(params.signedAttachId)) return { by: 'signed', signed: stringParam(params, 'signedAttachId') };
  throw binder.missingPayload();
}

/**
 * Finds the poll and runs the read-access pre-filter.
 * @param {import('./methods/context.js').CallContext} ctx
 * @param {AttachPayload} payload
 * @param {{ signedGrantsRead: boolean }} rules
 */
export function loadAttach(ctx, payload, rules) {
  const { store } = ctx;
  const poll =
    payload.by === 'attachId'
      ? store.byAttachId(payload.attachId)
      : payload.by === 'entity'
        ? store.byEntity(payload.moduleId, payload.entityType, payload.entityId, ctx.options.moduleIdCaseInsensitive)
        : store.bySigned(payload.signed);
  if (!poll) throw voteErrors.attachNotFound();
  const granted = payload.by === 'signed' && rules.signedGrantsRead;
  if (!granted && !canRead(poll, ctx.userId)) throw voteErrors.readDenied();
  return poll;
}
