// @ts-check
// signedAttachId = "{attachId}.{64 hex}" (Signer::sign with salt 'vote.result') and the result page UID.
import { createHmac } from 'node:crypto';

const SECRET = 'b24-portal-emulator';

/** @param {number} attachId */
export function signAttachId(attachId) {
  const mac = createHmac('sha256', SECRET).update(`vote.result:${attachId}`).digest('hex');
  return `${attachId}.${mac}`;
}

/**
 * The attach ID a signed ID stands for, or null when the signature is wrong.
 * @param {string} signed
 */
export function unsignAttachId(signed) {
  const dot = signed.indexOf('.');
  if (dot <= 0) return null;
  const idText = signed.slice(0, dot);
  if (!/^\d+$/.test(idText)) return null;
  const attachId = Number(idText);
  return signAttachId(attachId) === signed ? attachId : null;
}

/**
 * The 16-character UID of the public result page (`/vote-result/{uid}`).
 * @param {number} attachId
 */
export function resultUid(attachId) {
  const mac = createHmac('sha256', SECRET).update(`vote.uid:${attachId}`).digest();
  let uid = '';
  for (let i = 0; i < 16; i += 1) uid += '0123456789abcdefghijklmnopqrstuv'[mac[i] % 32];
  return uid;
}
