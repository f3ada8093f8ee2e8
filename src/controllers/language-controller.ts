/**
 * The element's language: its own `lang`, else the nearest ancestor's (across shadow roots), else the
 * document's, else English; followed live. A language other than English arrives in its own chunk: English shows
 * meanwhile, and stays if the chunk cannot load. The host's `messages` overrides apply over any language.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { en } from '../i18n/en.js';
import { onLangChange } from '../i18n/language-observer.js';
import { prepareFormats } from '../i18n/locale.js';
import { loadMessages, messagesIfLoaded, resolveLang, shippedLanguage, withOverrides } from '../i18n/localize.js';
import type { MessageOverrides, VoteMessages } from '../i18n/types.js';

/** The resolved language and its messages. */
export class LanguageController implements ReactiveController {
  private _lang = 'en';
  private _messages: VoteMessages = en;
  private overrides: MessageOverrides | undefined;
  private stopObserving: (() => void) | undefined;
  private arriving: Promise<void> = Promise.resolve();

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly messageOverrides: () => MessageOverrides | undefined,
  ) {
    host.addController(this);
  }

  /** The resolved language tag. */
  get lang(): string {
    return this._lang;
  }

  /** The messages in that language, with the host's overrides. */
  get messages(): VoteMessages {
    return this._messages;
  }

  /** Settles once the language's messages are here (or English stays because its chunk could not load). */
  ready(): Promise<void> {
    return this.arriving;
  }

  hostConnected(): void {
    this.stopObserving = onLangChange(() => this.resolve());
    this.resolve();
  }

  hostUpdate(): void {
    if (this.messageOverrides() !== this.overrides) this.resolve();
  }

  hostDisconnected(): void {
    this.stopObserving?.();
    this.stopObserving = undefined;
  }

  private resolve(): void {
    const lang = resolveLang(this.host);
    const shipped = shippedLanguage(lang);
    prepareFormats(lang);
    this._lang = lang;
    this.overrides = this.messageOverrides();
    this._messages = withOverrides(messagesIfLoaded(shipped) ?? en, this.overrides);
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
