// @ts-check
// The images the seeded data points at: one question image and the users' avatars, generated on first use.
import { encodePng } from './png.js';
import { AVATAR_COLORS } from '../vote/users.js';

export const QUESTION_IMAGE_PATH = '/upload/vote/3a1/office-floor-plan.png';
const QUESTION_IMAGE_SIZE = { width: 240, height: 120 };

/** @type {Map<string, Buffer> | null} */
let images = null;

function build() {
  /** @type {Map<string, Buffer>} */
  const map = new Map();
  const { width, height } = QUESTION_IMAGE_SIZE;
  map.set(
    QUESTION_IMAGE_PATH,
    encodePng(width, height, (x, y) => {
      const desk = x % 60 > 8 && x % 60 < 44 && y % 40 > 10 && y % 40 < 28;
      if (desk) return [255, 255, 255];
      return [Math.round(47 + (x / width) * 60), Math.round(150 + (y / height) * 50), 230];
    }),
  );
  for (const [id, color] of Object.entries(AVATAR_COLORS)) {
    const [r, g, b] = color;
    map.set(
      `/upload/resize_cache/main/avatar/64_64_2/user${id}.png`,
      encodePng(64, 64, (x, y) => {
        const d = Math.hypot(x - 32, y - 26);
        const body = Math.hypot(x - 32, y - 70) < 30;
        return d < 12 || body ? [255, 255, 255] : [r, g, b];
      }),
    );
  }
  return map;
}

/**
 * The PNG served at a path, or undefined.
 * @param {string} path
 */
export function imageAt(path) {
  images ??= build();
  return images.get(path);
}

/**
 * The question IMAGE row (b_file) as the portal sends it.
 * @param {string} timestamp
 */
export function questionImageRow(timestamp) {
  const size = imageAt(QUESTION_IMAGE_PATH)?.length ?? 0;
  return {
    ID: '7',
    TIMESTAMP_X: timestamp,
    MODULE_ID: 'vote',
    HEIGHT: String(QUESTION_IMAGE_SIZE.height),
    WIDTH: String(QUESTION_IMAGE_SIZE.width),
    FILE_SIZE: String(size),
    CONTENT_TYPE: 'image/png',
    SUBDIR: 'vote/3a1',
    FILE_NAME: 'office-floor-plan.png',
    ORIGINAL_NAME: 'office-floor-plan.png',
    DESCRIPTION: '',
    HANDLER_ID: null,
    EXTERNAL_ID: 'f3b2c8e41d7a4c55b0e9a1d2c3b4a5f6',
    SRC: QUESTION_IMAGE_PATH,
  };
}
