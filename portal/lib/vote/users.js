// @ts-check
// The portal's users, as the voter lists show them (BaseUserDto: ID, NAME, IMAGE, WORK_POSITION).

/** @type {Record<number, { name: string, position: string | null, avatar: boolean }>} */
const PEOPLE = {
  1: { name: 'Alex Morgan', position: 'Head of Product', avatar: true },
  2: { name: 'Maria Ivanova', position: 'Frontend Developer', avatar: true },
  3: { name: 'John Carter', position: 'Backend Developer', avatar: true },
  4: { name: 'Olga Smirnova', position: 'QA Engineer', avatar: true },
  5: { name: 'Li Wei', position: 'Product Designer', avatar: true },
  6: { name: 'Fatima Khan', position: 'HR Manager', avatar: true },
  7: { name: 'Carlos García', position: 'Sales Manager', avatar: false },
  8: { name: 'Sophie Martin', position: 'Accountant', avatar: true },
  9: { name: 'Dmitry Volkov', position: '', avatar: true },
};

/** Avatar colours of users 1..9 (also used by the avatar images). */
export const AVATAR_COLORS = {
  1: [47, 198, 246], 2: [255, 140, 90], 3: [120, 200, 80], 4: [190, 120, 230], 5: [255, 200, 60],
  6: [80, 170, 160], 8: [230, 90, 120], 9: [110, 130, 220],
};

/**
 * Relative URL of a user's 64x64 avatar (served by the emulator), or null.
 * @param {number} userId
 */
export function avatarUrl(userId) {
  const person = PEOPLE[userId];
  return person?.avatar ? `/upload/resize_cache/main/avatar/64_64_2/user${userId}.png` : null;
}

/**
 * @param {number} userId
 * @returns {{ ID: number, NAME: string | null, IMAGE: string | null, WORK_POSITION: string | null }}
 */
export function userDto(userId) {
  const person = PEOPLE[userId];
  return {
    ID: userId,
    NAME: person ? person.name : `User ${userId}`,
    IMAGE: avatarUrl(userId),
    WORK_POSITION: person ? person.position : null,
  };
}

/** @param {number} userId */
export function userName(userId) {
  return PEOPLE[userId]?.name ?? `User ${userId}`;
}
