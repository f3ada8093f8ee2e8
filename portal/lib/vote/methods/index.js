// @ts-check
// The REST methods the emulator answers (lower-cased names; Bitrix24 compares them case-insensitively).
import { get, getMany, getWithVoted, getAnswerVoted } from './read.js';
import { vote, recall, stop, resume } from './write.js';
import { download } from './download.js';
import { imSend } from './im-send.js';
import { dialogGet } from '../../im/dialog-get.js';
import { profile, serverTime, scope } from './misc.js';

/** @type {Record<string, import('./context.js').MethodEntry>} */
export const METHODS = {
  'vote.attachedvote.get': { run: get },
  'vote.attachedvote.getmany': { run: getMany },
  'vote.attachedvote.getwithvoted': { run: getWithVoted },
  'vote.attachedvote.getanswervoted': { run: getAnswerVoted },
  'vote.attachedvote.vote': { run: vote, locks: true },
  'vote.attachedvote.recall': { run: recall, locks: true },
  'vote.attachedvote.stop': { run: stop },
  'vote.attachedvote.resume': { run: resume },
  'vote.attachedvote.download': { run: download, notInBatch: true },
  'vote.integration.im.send': { run: imSend, pausesItself: true },
  'im.dialog.get': { run: dialogGet },
  profile: { run: profile },
  'server.time': { run: serverTime },
  scope: { run: scope },
};
