/** Tells a caller's `onWait` hook that its call is about to wait (see `B24CallOptions.onWait`). */
import type { B24WaitReason } from './types.js';

/**
 * Calls `onWait(waitMs, reason)` when there is a hook. A hook that throws must not fail the call it watches, so
 * its error is rethrown on its own (it still reaches the page's error handler).
 */
export function noticeWait(onWait: ((waitMs: number, reason: B24WaitReason) => void) | undefined, waitMs: number, reason: B24WaitReason): void {
  if (!onWait) return;
  try {
    onWait(waitMs, reason);
  } catch (error) {
    queueMicrotask(() => {
      throw error;
    });
  }
}
