/**
 * Coalesced loading: many polls on one page, few HTTP requests.
 *
 * Window: loads asked for on the same transport instance are grouped. The first window of a task closes at its
 * microtask checkpoint, so the first poll's request leaves before the page lays out and paints: elements upgraded
 * by one `define()`, or appended in one loop (or one framework commit), ask as they connect, all before that
 * checkpoint; lazy ones that one scroll brings near are revealed by one observer callback and ask in updates
 * queued before the flush. Loads asked for later in that task (a parser that creates elements one by one, each
 * after a checkpoint of its own) wait for the task to end (`setTimeout(0)`) and go together.
 *
 * Grouping: duplicates of one ref (same `refKey`) share one request. The rest go as REST `batch` calls of at most
 * 50 read sub-calls with `halt: 0`, so a failed sub-call (`result_error[key]`) fails only its
 * own callers. A single poll goes as a plain read. A transport with `supportsBatch === false` gets one read each.
 * The read is `getWithVoted` (`pageSize` 3: the faces, at no extra request) unless the portal said it has no such
 * method: then `get`, remembered per transport (read-method.ts); sub-calls refused that way are sent again.
 *
 * Why batch of `get`, not `getMany`: both carry 50 polls per HTTP request, but `getMany` is all-or-nothing (one
 * deleted chat message fails all 50), covers only entity refs of one module, and answers with code-less errors.
 * A batch of `get` works for all three ref kinds and isolates failures, so `getMany` would add only a fallback path.
 *
 * Aborts: a caller whose signal aborts rejects at once with the signal's reason and drops out; the shared
 * request is aborted only when every caller it serves has dropped out.
 */
import { abortReason } from '../transport/abort.js';
import type { B24Error } from '../transport/b24-error.js';
import { errorFromBody } from '../transport/envelope.js';
import type { B24Transport } from '../transport/types.js';
import { badShape, GET, readPoll, readResult, type ApiCallOptions, type PollResult } from './vote-call.js';
import { refKey } from './poll-ref.js';
import { isMissingMethod, readMethod, readParams, rememberNoVoted } from './read-method.js';
import type { PollRef } from './types.js';
import { join, type Shared } from './shared-request.js';
import { isObject } from '../util/is-object.js';

/** Most sub-calls the portal takes in one `batch`. */
export const BATCH_LIMIT = 50;

/** `loadPoll`'s options. */
export interface LoadOptions extends ApiCallOptions {
  /** Called once the request carrying this poll has been handed to the transport (or the load ended before). */
  onSent?: () => void;
}

/** One distinct ref in a flush, shared by the callers waiting for it. */
interface Entry extends Shared<PollResult> {
  ref: PollRef;
  settle(outcome: Outcome): void;
  /** The callers' `onSent` hooks, until the request leaves. */
  sent: Array<() => void>;
  /** The request this entry rides on, once sent. */
  request?: Request;
}

type Outcome = { value: PollResult } | { error: unknown };

/** One HTTP request (a `get` or a `batch`) and the entries it serves. */
interface Request {
  controller: AbortController;
  entries: Entry[];
}

interface Queue {
  entries: Map<string, Entry>;
  scheduled: boolean;
  /** A window of this task has closed already: the next one stays open until the task ends. */
  flushedThisTask: boolean;
}

const queues = new WeakMap<B24Transport, Queue>();

/**
 * Settles an entry. Its callers have heard that the request left: `flush` tells them right after the send begins,
 * and every outcome comes after an `await`, so later.
 */
function settleEntry(entry: Entry, outcome: Outcome): void {
  entry.callers = 0; // nobody waits for it any more: it no longer keeps its request alive
  entry.settle(outcome);
}

/**
 * The last caller of an entry left: abort its request only when nobody it serves is still waiting. An entry not
 * sent yet stays queued: a later caller of the same poll joins it, and the flush leaves it out if nobody does.
 */
function emptied(entry: Entry): void {
  if (entry.request?.entries.every((e) => e.callers === 0)) entry.request.controller.abort();
}

/** `?a=1&b=2` of a sub-call: each key and value URI-encoded (signed IDs and the backslashes of entityType). */
function subCall(method: string, params: Record<string, string | number>): string {
  const query = Object.entries(params)
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`)
    .join('&');
  return `${method}?${query}`;
}

/**
 * The B24Error a batch sub-call reported, made by the transport layer's own parser (an empty code becomes `'0'`,
 * `source` is `'portal'`). Its text has already been scrubbed of secrets by the transport that returned the batch.
 */
function subCallError(raw: unknown): B24Error {
  const body = isObject(raw) ? raw : {};
  // A sub-call has no HTTP status of its own (the batch itself answered 200). A missing code is an empty one.
  return errorFromBody({ ...body, error: body.error || '' }, 0)!;
}

async function sendOne(transport: B24Transport, request: Request): Promise<void> {
  const entry = request.entries[0]!;
  try {
    settleEntry(entry, { value: await readPoll(transport, entry.ref, { signal: request.controller.signal }) });
  } catch (error) {
    settleEntry(entry, { error });
  }
}

async function sendBatch(transport: B24Transport, request: Request): Promise<void> {
  const cmd: Record<string, string> = {};
  const method = readMethod(transport, GET);
  // Keys must not look like integers: PHP would turn an all-numeric map into a JSON list.
  request.entries.forEach((entry, i) => {
    cmd[`p${i}`] = subCall(method, readParams(method, entry.ref));
  });
  let result: Record<string, unknown>;
  try {
    const envelope = await transport.call('batch', { halt: 0, cmd }, { signal: request.controller.signal });
    const answer = isObject(envelope) ? envelope.result : undefined;
    if (!isObject(answer)) throw badShape('batch', 'the answer has no result');
    result = answer;
  } catch (error) {
    for (const entry of request.entries) settleEntry(entry, { error });
    return;
  }
  // PHP sends an empty map as `[]`: treat every non-map as "nothing here".
  const results = isObject(result.result) ? result.result : {};
  const errors = isObject(result.result_error) ? result.result_error : {};
  // Polls whose sub-call found no `getWithVoted`: asked again with `get` (the portal lacks the method).
  const again: Entry[] = [];
  request.entries.forEach((entry, i) => {
    const key = `p${i}`;
    if (key in errors) {
      const error = subCallError(errors[key]);
      if (method !== GET && isMissingMethod(error)) again.push(entry);
      else settleEntry(entry, { error });
      return;
    }
    try {
      if (!(key in results)) throw badShape('batch', `no answer for ${method}`);
      settleEntry(entry, { value: readResult(method, results[key], transport) });
    } catch (error) {
      settleEntry(entry, { error });
    }
  });
  if (again.length === 0) return;
  rememberNoVoted(transport);
  await send(transport, again, request.controller);
}

/** Sends `entries` as one request under `controller`: a group of one as a plain read, more as a batch. */
function send(transport: B24Transport, entries: Entry[], controller = new AbortController()): Promise<void> {
  const request: Request = { controller, entries };
  for (const entry of entries) entry.request = request;
  // A batch of one (a lone poll, or the last 1 of 51) only adds overhead.
  return entries.length === 1 ? sendOne(transport, request) : sendBatch(transport, request);
}

function schedule(transport: B24Transport, queue: Queue): void {
  queue.scheduled = true;
  if (queue.flushedThisTask) {
    setTimeout(() => flush(transport, queue), 0);
    return;
  }
  queue.flushedThisTask = true;
  setTimeout(() => {
    queue.flushedThisTask = false;
  }, 0);
  queueMicrotask(() => flush(transport, queue));
}

function flush(transport: B24Transport, queue: Queue): void {
  queue.scheduled = false;
  const entries = [...queue.entries.values()].filter((e) => e.callers > 0);
  queue.entries.clear();
  if (entries.length === 0) return;

  const groups: Entry[][] =
    entries.length === 1 || transport.supportsBatch === false
      ? entries.map((e) => [e])
      : Array.from({ length: Math.ceil(entries.length / BATCH_LIMIT) }, (_, i) =>
          entries.slice(i * BATCH_LIMIT, (i + 1) * BATCH_LIMIT),
        );
  for (const group of groups) {
    void send(transport, group);
    // The request is on its way: tell the entries' callers.
    for (const entry of group) for (const tell of entry.sent.splice(0)) tell();
  }
}

/**
 * Loads one poll like `getPoll`, but coalesced with every other `loadPoll` on the same transport in the same
 * task (see the file comment): duplicates share a request, the rest go in `batch` calls of up to 50.
 * Each caller gets its own result or its own error; an abort rejects with the signal's reason.
 */
export function loadPoll(transport: B24Transport, ref: PollRef, options?: LoadOptions): Promise<PollResult> {
  const signal = options?.signal;
  const fail = (reason: unknown): Promise<PollResult> => {
    options?.onSent?.();
    return Promise.reject(reason);
  };
  if (signal?.aborted) return fail(abortReason(signal));
  let key: string;
  try {
    key = refKey(ref);
  } catch (error) {
    return fail(error);
  }
  let queue = queues.get(transport);
  if (!queue) {
    queue = { entries: new Map(), scheduled: false, flushedThisTask: false };
    queues.set(transport, queue);
  }
  let entry = queue.entries.get(key);
  if (!entry) {
    let settle!: Entry['settle'];
    const promise = new Promise<PollResult>((resolve, reject) => {
      settle = (outcome) => ('value' in outcome ? resolve(outcome.value) : reject(outcome.error));
    });
    entry = { ref, promise, callers: 0, settle, sent: [] };
    queue.entries.set(key, entry);
  }
  const e = entry;
  let onSent = options?.onSent;
  const tell = (): void => {
    const hook = onSent;
    onSent = undefined;
    hook?.();
  };
  e.sent.push(tell);
  const promise = join(e, signal, () => emptied(e));
  // Before the caller's own handlers: the request has left (or the load ended) by the time it hears the outcome.
  promise.then(tell, tell);
  if (!queue.scheduled) schedule(transport, queue);
  return promise;
}
