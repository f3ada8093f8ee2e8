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
import { resolveLang, shippedLanguage } from '../i18n/localize.js';
import type { Overrides, VoteMessages } from '../i18n/types.js';
import { voterMessages } from '../i18n/voter-messages.js';

/** The resolved language and its messages (by default the voter's; the composer passes its own catalog). */
export class LanguageController<M extends object = VoteMessages> implements ReactiveController {
  #lang = 'en';
  /** Set once the language was resolved (a later connection then resolves it at once). */
  #messages: M | undefined;
  #overrides: Overrides<M> | undefined;
  #stopObserving: (() => void) | undefined;
  #arriving: Promise<void> = Promise.resolve();

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly messageOverrides: () => Overrides<M> | undefined,
    private readonly catalog = voterMessages as unknown as Catalog<M>,
  ) {
    host.addController(this);
  }

  /** The resolved language tag. */
  get lang(): string {
    this.#start();
    return this.#lang;
  }

  /** The messages in that language, with the host's overrides. */
  get messages(): M {
    this.#start();
    return this.#messages ?? this.catalog.get('en')!;
  }

  /**
   * Settles once the language's messages are here (or English stays because its chunk could not load). The first
   * load asks as it queues its request: the language is resolved a microtask later, after the loader's flush
   * (the earlier microtask) has handed that request to the transport (send first).
   */
  ready(): Promise<void> {
    return Promise.resolve().then(() => {
      this.#start();
      return this.#arriving;
    });
  }

  hostConnected(): void {
    // Back on a page (a move): the language may differ there. The first time, it waits for the first request.
    if (this.#messages) this.#start();
  }

  hostUpdate(): void {
    this.#start();
    if (this.messageOverrides() !== this.#overrides) this.#resolve();
  }

  hostDisconnected(): void {
    this.#stopObserving?.();
    this.#stopObserving = undefined;
  }

  /** Resolves the language and follows `lang` changes, once per connection. */
  #start(): void {
    if (this.#stopObserving || !this.host.isConnected) return;
    this.#stopObserving = onLangChange(() => this.#resolve());
    this.#resolve();
  }

  #resolve(): void {
    const lang = resolveLang(this.host);
    const shipped = shippedLanguage(lang);
    const { catalog } = this;
    // English until the language is here; the host's overrides over either.
    const show = (): void => {
      const messages = { ...(catalog.get(shipped) ?? catalog.get('en')) } as Record<string, unknown>;
      for (const [key, value] of Object.entries(this.#overrides ?? {})) {
        // A string given for a message that takes values replaces its whole output.
        if (catalog.keys.includes(key) && value != null) messages[key] = typeof messages[key] === 'function' && typeof value === 'string' ? () => value : value;
      }
      this.#messages = messages as M;
      this.host.requestUpdate();
    };
    prepareFormats(lang);
    this.#lang = lang;
    this.#overrides = this.messageOverrides();
    show();
    this.#arriving = catalog.get(shipped)
      ? Promise.resolve()
      : catalog.load(shipped).then(
          () => {
            if (shippedLanguage(this.#lang) === shipped) show();
          },
          () => undefined, // English stays: a missing language chunk must not break the element.
        );
  }
}
