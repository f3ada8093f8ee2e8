/**
 * The composer's language, resolved as the voter's is (own `lang`, nearest ancestor's, the document's, English) and
 * followed live; a language other than English arrives in its own chunk while English shows.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { onLangChange } from '../../i18n/language-observer.js';
import { en as voterEn } from '../../i18n/en.js';
import { loadMessages, messagesIfLoaded, resolveLang, shippedLanguage } from '../../i18n/localize.js';
import type { VoteMessages } from '../../i18n/types.js';
import { en } from '../i18n/en.js';
import { composerMessagesIfLoaded, loadComposerMessages, withComposerOverrides } from '../i18n/load.js';
import type { ComposerMessageOverrides, ComposerMessages } from '../i18n/types.js';

/** Owns the resolved language and its messages. */
export class ComposerLanguage implements ReactiveController {
  private _lang = 'en';
  private _messages: ComposerMessages = en;
  private _voterMessages: VoteMessages = voterEn;
  private overrides: ComposerMessageOverrides | undefined;
  private stop: (() => void) | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly hostOverrides: () => ComposerMessageOverrides | undefined,
  ) {
    host.addController(this);
  }

  /** The resolved language tag. */
  get lang(): string {
    return this._lang;
  }

  /** The messages in that language, with the host's overrides. */
  get messages(): ComposerMessages {
    return this._messages;
  }

  /** The voter's messages in that language (what both elements say alike: connection, credentials, setup). */
  get voterMessages(): VoteMessages {
    return this._voterMessages;
  }

  hostConnected(): void {
    this.stop = onLangChange(() => this.resolve());
    this.resolve();
  }

  hostUpdate(): void {
    if (this.hostOverrides() !== this.overrides) this.resolve();
  }

  hostDisconnected(): void {
    this.stop?.();
    this.stop = undefined;
  }

  private resolve(): void {
    const lang = resolveLang(this.host);
    const shipped = shippedLanguage(lang);
    this._lang = lang;
    this.overrides = this.hostOverrides();
    this._messages = withComposerOverrides(composerMessagesIfLoaded(shipped) ?? en, this.overrides);
    this._voterMessages = messagesIfLoaded(shipped) ?? voterEn;
    this.host.requestUpdate();
    if (composerMessagesIfLoaded(shipped) && messagesIfLoaded(shipped)) return;
    Promise.all([loadComposerMessages(shipped), loadMessages(shipped)]).then(
      ([messages, voterMessages]) => {
        if (shippedLanguage(this._lang) !== shipped) return;
        this._messages = withComposerOverrides(messages, this.overrides);
        this._voterMessages = voterMessages;
        this.host.requestUpdate();
      },
      () => undefined, // English stays: a missing language chunk must not break the form.
    );
  }
}
