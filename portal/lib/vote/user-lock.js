// @ts-check
// The per-user vote lock (vote/lib/user.php: `Connection->lock(key, 15)`): a second vote of the same user waits
// for the first, up to a timeout, and only then gives up. Waiters are served in arrival order.

/** How long the real server waits for the lock (seconds in the source, 15). */
export const DEFAULT_LOCK_WAIT_MS = 15_000;

export class UserLocks {
  constructor() {
    /** @type {Map<string, Array<() => void>>} keys held -> the waiters queued behind the holder */
    this.held = new Map();
  }

  /**
   * Takes the lock for `key`, waiting up to `waitMs` while another call holds it.
   * @param {string} key
   * @param {number} waitMs
   * @returns {Promise<(() => void) | null>} the release function, or null when the wait timed out
   */
  acquire(key, waitMs) {
    const queue = this.held.get(key);
    if (!queue) {
      this.held.set(key, []);
      return Promise.resolve(this.releaser(key));
    }
    return new Promise((resolve) => {
      const grant = () => {
        clearTimeout(timer);
        resolve(this.releaser(key));
      };
      const timer = setTimeout(() => {
        const index = queue.indexOf(grant);
        if (index !== -1) queue.splice(index, 1);
        resolve(null);
      }, waitMs);
      queue.push(grant);
    });
  }

  /**
   * A release function that works once (a second call must not hand the lock on twice).
   * @param {string} key
   */
  releaser(key) {
    let done = false;
    return () => {
      if (done) return;
      done = true;
      this.release(key);
    };
  }

  /**
   * Hands the lock to the next waiter, or frees it.
   * @param {string} key
   */
  release(key) {
    const queue = this.held.get(key);
    if (!queue) return;
    const next = queue.shift();
    if (next) next();
    else this.held.delete(key);
  }

  /** @param {string} key */
  has(key) {
    return this.held.has(key);
  }
}
