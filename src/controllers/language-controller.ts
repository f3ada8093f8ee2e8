/**
 * An element's language, the one mechanism both elements use: its own `lang`, else the nearest ancestor's (across
 * shadow roots), else the document's, else English; followed live. A language other than English arrives in its
 * own chunk: English shows meanwhile, and stays if the chunk cannot load. The host's `messages` overrides apply
 * over any language.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Catalog } from '../i18n/catalog.js';
import { onLangChange } from '../i18n/language-observer.js';
import { prepareFormats } from '../i18n/locale.js';
import { resolveLang, shippedLanguage, type SupportedLanguage } from '../i18n/localize.js';
import { voterMessages } from '../i18n/voter-messages.js';
import type { Overrides, VoteMessages } from '../i18n/types.js';

/** The resolved language and its messages (by default the voter's; the composer passes its own catalog). */
export class LanguageController<M extends object = VoteMessages> implements ReactiveController {
  private _lang = 'en';
  private _messages: M | undefined;
  private overrides: Overrides<M> | undefined;
  private stopObserving: (() => void) | undefined;
  private arriving: Promise<void> = Promise.resolve();
  private connected = false;
  /** The language was resolved once: a later connection resolves it at once. */
  private started = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly messageOverrides: () => Overrides<M> | undefined,
    private readonly catalog = voterMessages as unknown as Catalog<M>,
  ) {
    host.addController(this);
  }

  /** The resolved language tag. */
  get lang(): string {
    this.start();
    return this._lang;
  }

  /** The messages in that language, with the host's overrides. */
  get messages(): M {
    this.start();
    return this._messages ?? this.catalog.get('en')!;
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
    this.show(shipped);
    this.arriving = this.catalog.get(shipped)
      ? Promise.resolve()
      : this.catalog.load(shipped).then(
          () => {
            if (shippedLanguage(this._lang) === shipped) this.show(shipped);
          },
          () => undefined, // English stays: a missing language chunk must not break the element.
        );
  }

  /** Shows a language's messages (English until they are here), with the host's overrides over them. */
  private show(lang: SupportedLanguage): void {
    const base = this.catalog.get(lang) ?? this.catalog.get('en')!;
    let messages = base;
    if (this.overrides) {
      const merged = { ...base } as Record<string, unknown>;
      for (const [key, value] of Object.entries(this.overrides)) {
        // A string given for a message that takes values replaces its whole output.
        if (this.catalog.keys.includes(key) && value != null) merged[key] = typeof merged[key] === 'function' && typeof value === 'string' ? () => value : value;
      }
      messages = merged as M;
    }
    this._messages = messages;
    this.host.requestUpdate();
  }
}
