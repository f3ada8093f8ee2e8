/**
 * A stand-in for BX24.js (the Bitrix24 application-frame library, which refuses to run outside a Bitrix24 frame).
 * It does on the wire what BX24.js does (read from the library's source):
 * - `callMethod` POSTs with XMLHttpRequest to `{origin}{path}/{encodeURIComponent(method)}.json`, the body
 *   `auth={token}&` + the params PHP-style (`ballot[1][0]=2`; keys escaped, brackets not; empty arrays `name=`;
 *   empty objects and nulls dropped; Dates `toJSON()`), sent 10 ms later, with no Content-Type header of its own
 *   (so the browser labels it `text/plain;charset=UTF-8`; the portal parses the raw body like a form);
 * - 2xx, 304, 4xx and status 0 are parsed and handed to the callback as an `ajaxResult` (`data()`, `error()`
 *   returning an `ajaxError` with `status` and `ex`, `error_description()`, `more()`, `total()`, `status`,
 *   `answer`); a 5xx, a network error or a body that is not JSON never reaches the callback (BX24.js throws
 *   'Query error!' inside its XHR handler; the stand-in counts it in `queryErrors` instead of throwing, because
 *   an uncaught throw would fail the test runner itself);
 * - an `expired_token` answer makes it refresh the token and repeat the call, as BX24.js does with the parent
 *   frame;
 * - `init(cb)` runs callbacks after the (simulated) parent frame has answered, each deferred by 10 ms.
 * BX24.js's own client throttle (90 requests, then 2/s) is left out: the tests never come near it.
 */
import type { Bx24Like, Bx24ResultLike } from '../../src/transport/bx24-transport.js';

/** Options of the stand-in. */
export interface Bx24StandinOptions {
  /** The portal origin, e.g. `http://localhost:8000`. */
  origin: string;
  /** The access token BX24.js would get from the parent frame (`token-{userId}` for the emulator). */
  token: string;
  /** The token the "parent frame" hands out on refresh. */
  refreshedToken?: string;
  /** REST path (BX24.js's `PATH`). Default `/rest`. */
  path?: string;
  /** Delay before the parent frame "answers" the init handshake. Default 20 ms. */
  initDelayMs?: number;
}

type Params = Record<string, unknown>;

/** BX24.js's `prepareData`, made synchronous (the original is callback-based only for file inputs). */
export function prepareData(data: unknown, prefix = ''): string {
  if (typeof data === 'string' || data === null || data === undefined) return (data as string | null | undefined) || '';
  let out = '';
  const objects: Array<[string, unknown]> = [];
  for (const key in data as Params) {
    if (!Object.prototype.hasOwnProperty.call(data, key)) continue;
    let name = encodeURIComponent(key);
    if (prefix) name = `${prefix}[${name}]`;
    const value = (data as Params)[key];
    if (typeof value === 'object') {
      objects.push([name, value]);
    } else {
      if (out.length > 0) out += '&';
      out += `${name}=${encodeURIComponent(value as string)}`;
    }
  }
  for (const [name, value] of objects) {
    let str: string;
    if (value instanceof Date) str = `${name}=${encodeURIComponent(value.toJSON())}`;
    else if (Array.isArray(value) && value.length <= 0) str = `${name}=`;
    else str = prepareData(value, name);
    out += (str ? '&' : '') + str;
  }
  return out;
}

class AjaxError {
  constructor(readonly status: number, readonly ex: Params) {}
  getError(): Params {
    return this.ex;
  }
  getStatus(): number {
    return this.status;
  }
  toString(): string {
    return `${String(this.ex.error)}${this.ex.error_description ? `: ${String(this.ex.error_description)}` : ''} (${this.status})`;
  }
}

class AjaxResult implements Bx24ResultLike {
  constructor(readonly answer: Params, readonly query: { method: string; data: Params }, readonly status: number) {
    if (answer.next !== undefined) answer.next = parseInt(String(answer.next), 10);
    if (answer.error !== undefined) {
      answer.ex = new AjaxError(status, typeof answer.error === 'string' ? answer : (answer.error as Params));
    }
  }
  data(): unknown {
    return this.answer.result;
  }
  error(): AjaxError | undefined {
    return this.answer.ex as AjaxError | undefined;
  }
  error_description(): string | undefined {
    return this.answer.error_description as string | undefined;
  }
  more(): boolean {
    return !Number.isNaN(this.answer.next as number);
  }
  total(): number {
    return parseInt(String(this.answer.total), 10);
  }
}

function isSuccess(status: number): boolean {
  return (status >= 200 && status < 300) || status === 304 || (status >= 400 && status < 500) || status === 1223 || status === 0;
}

/** The stand-in object plus what the tests inspect. */
export interface Bx24Standin extends Bx24Like {
  getDomain(): string;
  getAuth(): false | { access_token: string; refresh_token: string; expires_in: number; domain: string; member_id: string };
  refreshAuth(callback?: (auth: ReturnType<Bx24Standin['getAuth']>) => void): void;
  isAdmin(): boolean;
  /** How often BX24.js would have thrown 'Query error!' (5xx, network error, non-JSON body). */
  readonly queryErrors: number;
  /** The raw request bodies sent, in order (they contain the token: test-only). */
  readonly bodies: readonly string[];
  /** How many times the parent frame was asked for a new token. */
  readonly refreshes: number;
  /** How many init callbacks were registered. */
  readonly initCalls: number;
}

/** Creates a BX24.js stand-in aimed at the emulator. */
export function createBx24Standin(options: Bx24StandinOptions): Bx24Standin {
  const url = new URL(options.origin);
  const domain = url.host; // BX24.js keeps DOMAIN without protocol, with the port unless 80/443
  const path = options.path ?? '/rest';
  let token = options.token;
  let isInit = false;
  const initList: Array<() => void> = [];
  let queryErrors = 0;
  let refreshes = 0;
  let initCalls = 0;
  const bodies: string[] = [];
  const defer = (fn: () => void, ms = 10): void => {
    setTimeout(fn, ms);
  };

  setTimeout(() => {
    isInit = true;
    for (const fn of initList.splice(0)) defer(fn);
  }, options.initDelayMs ?? 20);

  const standin: Bx24Standin = {
    init(callback) {
      initCalls += 1;
      if (isInit) defer(callback);
      else initList.push(callback);
    },
    callMethod(method, params, callback) {
      const config = { method, data: params, callback };
      const call = (): void => {
        if (!isInit) {
          standin.init(call);
          return;
        }
        const xhr = new XMLHttpRequest();
        xhr.open('POST', `${url.protocol}//${domain}${path}/${encodeURIComponent(method)}.json`);
        xhr.onload = () => {
          let success = isSuccess(xhr.status);
          let data: unknown;
          if (success) {
            const text = xhr.responseText;
            if (text.length > 0) {
              try {
                data = JSON.parse(text);
              } catch {
                success = false;
              }
            } else {
              data = { result: {} };
            }
          }
          if (!success) {
            queryErrors += 1; // BX24.js: throw('Query error!') -- the callback is never called
            return;
          }
          const answer = data as Params;
          if (answer.error === 'expired_token') {
            standin.refreshAuth(() => call());
            return;
          }
          config.callback?.(new AjaxResult(answer, { method, data: params }, xhr.status));
        };
        xhr.onerror = () => {
          queryErrors += 1;
        };
        let body = `auth=${token}`;
        if (config.data) {
          const data = { ...config.data };
          if (data.start) delete data.start;
          body += `&${prepareData(data)}`;
        }
        bodies.push(body);
        defer(() => xhr.send(body));
      };
      call();
      return undefined;
    },
    getDomain() {
      return domain;
    },
    getAuth() {
      return isInit
        ? { access_token: token, refresh_token: 'refresh', expires_in: Date.now() + 3_600_000, domain, member_id: 'member' }
        : false;
    },
    refreshAuth(callback) {
      if (!isInit) return;
      refreshes += 1;
      defer(() => {
        token = options.refreshedToken ?? token;
        callback?.(standin.getAuth());
      });
    },
    isAdmin() {
      return false;
    },
    get queryErrors() {
      return queryErrors;
    },
    get bodies() {
      return bodies;
    },
    get refreshes() {
      return refreshes;
    },
    get initCalls() {
      return initCalls;
    },
  };
  return standin;
}
