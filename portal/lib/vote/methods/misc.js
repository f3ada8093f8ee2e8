// @ts-check
// A few general methods a client may use to check its connection: profile, server.time, scope.
import { userDto } from '../users.js';
import { atom } from '../../rest/time.js';

/** @param {import('./context.js').CallContext} ctx */
export function profile(ctx) {
  const user = userDto(ctx.userId);
  const [name = '', ...last] = (user.NAME ?? '').split(' ');
  return {
    result: {
      ID: String(ctx.userId),
      ADMIN: ctx.userId === 1,
      NAME: name,
      LAST_NAME: last.join(' '),
      PERSONAL_GENDER: '',
      PERSONAL_PHOTO: user.IMAGE ?? '',
      TIME_ZONE: '',
      TIME_ZONE_OFFSET: 0,
    },
  };
}

export function serverTime() {
  return { result: atom(Date.now()) };
}

export function scope() {
  return { result: ['vote', 'im', 'user_brief'] };
}
