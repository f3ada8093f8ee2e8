/**
 * The element's language: its own `lang`, else the nearest ancestor's (across shadow roots), else the
 * document's, else English; followed live. A language other than English arrives in its own chunk: English shows
 * meanwhile, and stays if the chunk cannot load. The host's `messages` overrides apply over any language.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { onLangChange } from '../i18n/language-observer.js';
import { prepareFormats } from '../i18n/locale.js';
import { loadMessages, messagesIfLoaded, resolveLang, shippedLanguage, withOverrides } from '../i18n/localize.js';
import type { MessageOverrides, VoteMessages } from '../i18n/types.js';

/** The resolved language and its messages. */
export class LanguageController implements ReactiveController {
  private _lang = 'en';
  private _messages: VoteMessages | undefined;
  private overrides: MessageOverrides | undefined;
  private stopObserving: (() => void) | undefined;
  private arriving: Promise<void> = Promise.resolve();
  private connected = false;
  /** The language was resolved once: a later connection resolves it at once. */
  private started = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly messageOverrides: () => MessageOverrides | undefined,
  ) {
    host.addController(this);
  }

  /** The resolved language tag. */
  get lang(): string {
    this.start();
    return this._lang;
  }

  /** The messages in that language, with the host's overrides. */
  get messages(): VoteMessages {
    this.start();
    return this._messages ?? messagesIfLoaded('en')!;
  }

  /**
   * Settles once the language's messages are here (or English stays because its chunk could not load). The first
   * load asks as it queues its request: the language is resolved a microtask later, after the loader's flush
   * (the earlier microtask) has handed that request to the transport (send first).
   */
  ready(): Promise<void> {
    return Promise.resolve().then(() => {
      this.start();
      return this.arriving;
    });
  }

  hostConnected(): void {
    this.connected = true;
    // Back on a page (a move): the language may differ there. The first time, it waits for the first request.
    if (this.started) this.start();
  }

  hostUpdate(): void {
    this.start();
    if (this.messageOverrides() !== this.overrides) this.resolve();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.stopObserving?.();
    this.stopObserving = undefined;
  }

  /** Resolves the language and follows `lang` changes, once per connection. */
  private start(): void {
    if (this.stopObserving || !this.connected) return;
    this.started = true;
    this.stopObserving = onLangChange(() => this.resolve());
    this.resolve();
  }

  private resolve(): void {
    const lang = resolveLang(this.host);
    const shipped = shippedLanguage(lang);
    prepareFormats(lang);
    this._lang = lang;
    this.overrides = this.messageOverrides();
    this._messages = withOverrides(messagesIfLoaded(shipped) ?? messagesIfLoaded('en')!, this.overrides);
    this.host.requestUpdate();
    if (messagesIfLoaded(shipped)) {
      this.arriving = Promise.resolve();
      return;
    }
    this.arriving = loadMessages(shipped).then(
      (messages) => {
        if (shippedLanguage(this._lang) !== shipped) return;
        this._messages = withOverrides(messages, this.overrides);
        this.host.requestUpdate();
      },
      () => undefined, // English stays: a missing language chunk must not break the poll.
    );
  }
}
