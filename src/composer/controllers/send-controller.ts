/**
 * Owns posting: which chat, the transport, the phase the composer is in and what it says about it. Fires the
 * composer's events; the draft controller keeps the draft and its key.
 */
import type { ReactiveController } from 'lit';
import { boundedTransport } from '../../connection/bounded-transport.js';
import { resolveTransport } from '../../connection/resolve-transport.js';
import { isAbortError } from '../../transport/abort.js';
import { asB24Error, type B24Error, isB24Error } from '../../transport/b24-error.js';
import type { B24Transport } from '../../transport/types.js';
import { chatConfigError, chatOfDialog, positiveId } from '../api/resolve-chat.js';
import { sendPoll } from '../api/send-poll.js';
import { emitComposerEvent } from '../events.js';
import { draftProblem, voteData } from '../state/draft.js';
import { composeErrorText, type ComposeStep } from '../state/error-text.js';
import type { DraftController } from './draft-controller.js';
import type { ComposerPort } from './port.js';

/** Where the composer is: writing, posting, waiting for a first call that may still run, done, or stopped by a failure. */
export type ComposePhase = 'editing' | 'sending' | 'waiting' | 'posted' | 'failed' | 'unsettled';

/** The poll that was posted, and the transport to show it with. */
export interface PostedPoll {
  chatId: number;
  messageId: number;
  voteId: number;
  transport: B24Transport;
}

export class SendController implements ReactiveController {
  /** The current phase. */
  phase: ComposePhase = 'editing';
  /** The failure being shown (phase `failed` or `unsettled`). */
  failure: { error: B24Error; step: ComposeStep } | null = null;
  /** The posted poll (phase `posted`). */
  posted: PostedPoll | null = null;
  private readonly dialogChats = new Map<string, number>();
  private abort: AbortController | null = null;

  constructor(
    private readonly port: ComposerPort,
    private readonly drafts: DraftController,
  ) {
    port.host.addController(this);
  }

  hostDisconnected(): void {
    this.abort?.abort();
    this.abort = null;
    if (this.phase === 'sending' || this.phase === 'waiting') this.phase = 'editing';
  }

  /** The failure as the user reads it. */
  failureText(): string {
    if (!this.failure) return '';
    if (this.phase === 'unsettled') return this.port.messages().maybePosted;
    return composeErrorText(this.port.messages(), this.failure.error, this.failure.step);
  }

  /** Back to the form for a new poll (after a post). */
  createAnother(): void {
    this.phase = 'editing';
    this.posted = null;
    this.failure = null;
    this.port.host.requestUpdate();
  }

  /** Posts the draft. Resolves true when the poll was posted; never rejects. */
  async send(): Promise<boolean> {
    if (this.phase === 'sending' || this.phase === 'waiting') return false;
    const draft = this.drafts.draft;
    if (draftProblem(draft) !== null) return false;
    const transport = resolveTransport(this.port.transport(), this.port.webhookUrl());
    if (isB24Error(transport)) return this.fail(transport, 'send');
    const config = chatConfigError(this.port.chatIdText(), this.port.dialogId());
    if (config) return this.fail(config, 'send');
    this.abort = new AbortController();
    const { signal } = this.abort;
    const t = boundedTransport(transport);
    this.enter('sending');
    try {
      let chatId = positiveId(this.port.chatIdText());
      if (chatId === null) {
        try {
          chatId = await this.chatOfDialog(t, (this.port.dialogId() ?? '').trim(), signal);
        } catch (error) {
          if (isAbortError(error)) throw error;
          return this.fail(transportFailure(error), 'dialog');
        }
      }
      const data = voteData(draft);
      if (!emitComposerEvent(this.port.host, 'compose-submit', { chatId, data: Object.freeze(data) }, true)) {
        this.enter('editing');
        return false;
      }
      const outcome = await sendPoll(t, {
        chatId,
        data,
        templateId: draft.templateId,
        unsettled: draft.unsettled,
        signal,
        onUnsettled: (value) => {
          if (this.drafts.draft.unsettled !== value) this.drafts.change({ unsettled: value });
        },
        onWait: () => this.enter('waiting'),
      });
      if (outcome.kind !== 'posted') return this.fail(outcome.error, 'send', outcome.kind === 'unsettled');
      this.posted = { chatId, messageId: outcome.messageId, voteId: outcome.voteId, transport };
      this.failure = null;
      this.drafts.startOver();
      this.enter('posted');
      emitComposerEvent(this.port.host, 'compose-success', { chatId, messageId: outcome.messageId, voteId: outcome.voteId });
      return true;
    } catch (error) {
      // Only our own abort (the element left the page) ends here: nothing to report.
      if (isAbortError(error)) return false;
      return this.fail(transportFailure(error), 'send');
    } finally {
      this.abort = null;
    }
  }

  private async chatOfDialog(t: B24Transport, dialogId: string, signal: AbortSignal): Promise<number> {
    const known = this.dialogChats.get(dialogId);
    if (known !== undefined) return known;
    const chatId = await chatOfDialog(t, dialogId, signal);
    this.dialogChats.set(dialogId, chatId);
    return chatId;
  }

  private enter(phase: ComposePhase): void {
    this.phase = phase;
    this.port.host.requestUpdate();
  }

  private fail(error: B24Error, step: ComposeStep, mayBePosted = false): false {
    this.failure = { error, step };
    this.enter(mayBePosted ? 'unsettled' : 'failed');
    emitComposerEvent(this.port.host, 'compose-error', {
      code: error.code,
      description: error.description,
      status: error.status,
      source: error.source,
      mayBePosted,
    });
    return false;
  }
}

/** What a failed step reports: the transport's `B24Error`, or one that says the transport gave none. */
function transportFailure(error: unknown): B24Error {
  return asB24Error(error, 'NETWORK_ERROR', 'the transport failed without a B24Error');
}
