// @ts-check
// vote.AttachedVote.download: the report file itself, not JSON.
import { bindPayload, loadAttach } from '../identify.js';
import { exportResults } from '../../static/export.js';

/** @param {import('./context.js').CallContext} ctx */
export function download(ctx) {
  const poll = loadAttach(ctx, bindPayload(ctx.params), { signedGrantsRead: true });
  return { file: exportResults(poll) };
}
