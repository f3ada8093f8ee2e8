// @ts-check
// Test helpers: a portal on a free port per test, and small fetch wrappers (real HTTP, no mocks).
import { startPortal } from '../index.js';

/**
 * @typedef {{ status: number, headers: Headers, text: string, body: any }} Answer
 */

/**
 * @param {Response} response
 * @returns {Promise<Answer>}
 */
async function answer(response) {
  const text = await response.text();
  return { status: response.status, headers: response.headers, text, body: parseOrNull(text) };
}

/** @param {string} text */
function parseOrNull(text) {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/**
 * Starts a portal for one test and closes it afterwards.
 * @param {import('node:test').TestContext} t
 * @param {Parameters<typeof startPortal>[0]} [options]
 */
export async function usePortal(t, options = {}) {
  const running = await startPortal({ port: 0, ...options });
  t.after(() => running.close());
  const { url } = running;
  return {
    url,
    running,
    portal: running.portal,
    /**
     * A webhook call with a JSON body.
     * @param {string} method
     * @param {Record<string, unknown>} [params]
     * @param {number} [user]
     */
    async call(method, params = {}, user = 1) {
      const response = await fetch(`${url}/rest/${user}/demo/${method}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify(params),
      });
      return answer(response);
    },
    /**
     * A webhook call with a form-encoded body.
     * @param {string} method
     * @param {string} form
     * @param {number} [user]
     */
    async form(method, form, user = 1) {
      const response = await fetch(`${url}/rest/${user}/demo/${method}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: form,
      });
      return answer(response);
    },
    /**
     * Any request to the portal.
     * @param {string} path
     * @param {RequestInit} [init]
     */
    async raw(path, init) {
      return answer(await fetch(`${url}${path}`, init));
    },
    /**
     * A control route call.
     * @param {string} httpMethod
     * @param {string} path e.g. '/__portal/faults'
     * @param {unknown} [body]
     */
    async control(httpMethod, path, body) {
      const response = await fetch(`${url}${path}`, {
        method: httpMethod,
        headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return answer(response);
    },
    /** @param {unknown[]} faults */
    async faults(faults) {
      return this.control('POST', '/__portal/faults', { faults });
    },
  };
}

/**
 * The attach of an answer.
 * @param {Answer} a
 */
export function attachOf(a) {
  return a.body.result.attach;
}

/**
 * A stored ballot from /__portal/state.
 * @param {{ control: (m: string, p: string) => Promise<Answer> }} p
 * @param {number} attachId
 */
export async function stateOf(p, attachId) {
  const state = await p.control('GET', '/__portal/state');
  return state.body.polls.find((/** @type {{ attachId: number }} */ x) => x.attachId === attachId);
}
