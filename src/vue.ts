/**
 * b24-attached-vote/vue (types only): template types for `<b24-attached-vote>` and `<b24-vote-composer>` in Vue 3
 * (checked by vue-tsc and Volar): their attributes, the `transport` and `messages` properties, and their events for
 * `@vote-success`, `@compose-success` & co.
 * Needs nothing but Vue. Pull it in once, e.g. in `env.d.ts`:
 *
 * ```ts
 * import type {} from 'b24-attached-vote/vue';
 * ```
 *
 * Tell Vue's compiler that the tag is a custom element (`compilerOptions.isCustomElement`), see the README.
 *
 * Hand-written: Vue's template checker camelizes names (`attach-id` is checked as `attachId`, `@vote-load` as
 * `onVoteLoad`), and custom-element-vuejs-integration writes kebab-case keys (`"attach-id"`, `"onvote-load"`), which
 * vue-tsc's strictTemplates then refuses. The names and types come from the element class itself.
 */
import type { HTMLAttributes, VNodeProps } from 'vue';
import type { B24AttachedVote } from './attached-vote.js';
import type { B24AttachedVoteEventMap } from './events.js';
import type { B24VoteComposer } from './composer/vote-composer.js';
import type { B24VoteComposerEventMap } from './composer/events.js';

/** Vue event props: `@vote-success` is `onVoteSuccess`. */
type CamelEvent<S extends string> = S extends `${infer Head}-${infer Tail}` ? `${Head}${CamelEvent<Capitalize<Tail>>}` : S;

/** Vue event props for an event map: `@vote-success` is `onVoteSuccess`, with its event type. */
type VueEvents<M> = { [K in keyof M & string as `on${Capitalize<CamelEvent<K>>}`]?: (event: M[K]) => void };

/** `@vote-load`, `@vote-submit`, `@vote-success`, `@vote-recall`, `@vote-error`, each with its event type. */
export type B24AttachedVoteVueEvents = VueEvents<B24AttachedVoteEventMap>;

/** `@compose-submit`, `@compose-success`, `@compose-error`, each with its event type. */
export type B24VoteComposerVueEvents = VueEvents<B24VoteComposerEventMap>;

/** The element's settable properties (an attribute `attach-id` is checked as `attachId`). */
export type B24AttachedVoteVueElementProps = Partial<Pick<B24AttachedVote,
  'attachId' | 'moduleId' | 'entityType' | 'entityId' | 'signedAttachId' | 'webhookUrl' | 'theme' | 'appearance' | 'submitOnSelect'
  | 'refreshInterval' | 'loading' | 'hideVoters' | 'transport' | 'messages'>>;

/** The element's props in Vue templates. */
export type B24AttachedVoteVueProps = VNodeProps & HTMLAttributes & B24AttachedVoteVueElementProps & B24AttachedVoteVueEvents;

/** A constructor whose instances are the element, with the `$props` that Vue's template checker reads. */
export type B24AttachedVoteVueComponent = new () => B24AttachedVote & {
  /** For template type checking only: not a real property of the element. */
  $props: B24AttachedVoteVueProps;
};

/** The composer's settable properties (an attribute `chat-id` is checked as `chatId`). */
export type B24VoteComposerVueElementProps = Partial<Pick<B24VoteComposer,
  'chatId' | 'dialogId' | 'webhookUrl' | 'transport' | 'messages' | 'theme' | 'appearance'>>;

/** The composer's props in Vue templates. */
export type B24VoteComposerVueProps = VNodeProps & HTMLAttributes & B24VoteComposerVueElementProps & B24VoteComposerVueEvents;

/** A constructor whose instances are the composer, with the `$props` that Vue's template checker reads. */
export type B24VoteComposerVueComponent = new () => B24VoteComposer & {
  /** For template type checking only: not a real property of the element. */
  $props: B24VoteComposerVueProps;
};

declare module 'vue' {
  interface GlobalComponents {
    'b24-attached-vote': B24AttachedVoteVueComponent;
    'b24-vote-composer': B24VoteComposerVueComponent;
  }
}
