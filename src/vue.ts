/**
 * b24-attached-vote/vue (types only): template types for `<b24-attached-vote>` in Vue 3 (checked by vue-tsc and
 * Volar): its attributes, the `transport` and `messages` properties, and its events for `@vote-success` & co.
 * Pull it in once, e.g. in `env.d.ts`:
 *
 * ```ts
 * import type {} from 'b24-attached-vote/vue';
 * ```
 *
 * Tell Vue's compiler that the tag is a custom element (`compilerOptions.isCustomElement`), see the README.
 */
import type { HTMLAttributes, VNodeProps } from 'vue';
import type { B24AttachedVote } from './attached-vote.js';
import type { B24AttachedVoteEventMap } from './events.js';
import type { B24AttachedVoteAttributes, B24AttachedVoteObjectProperties } from './jsx.js';

/** Vue event props: `@vote-success` is `onVoteSuccess`. */
type CamelEvent<S extends string> = S extends `${infer Head}-${infer Tail}` ? `${Head}${CamelEvent<Capitalize<Tail>>}` : S;

/** `@vote-load`, `@vote-submit`, `@vote-success`, `@vote-recall`, `@vote-error`, each with its event type. */
export type B24AttachedVoteVueEvents = {
  [K in keyof B24AttachedVoteEventMap as `on${Capitalize<CamelEvent<K>>}`]?: (event: B24AttachedVoteEventMap[K]) => void;
};

/** The element's props in Vue templates (Vue camelizes `attach-id` to `attachId` for checking). */
export type B24AttachedVoteVueProps = VNodeProps
  & HTMLAttributes
  & B24AttachedVoteAttributes
  & Partial<Pick<B24AttachedVote, 'attachId' | 'moduleId' | 'entityType' | 'entityId' | 'signedAttachId' | 'webhookUrl' | 'theme' | 'submitOnSelect' | 'refreshInterval' | 'loading'
    | 'hideVoters'>>
  & B24AttachedVoteObjectProperties
  & B24AttachedVoteVueEvents;

/** A constructor whose instances are the element, with the `$props` that Vue's template checker reads. */
export type B24AttachedVoteVueComponent = new () => B24AttachedVote & {
  /** For template type checking only: not a real property of the element. */
  $props: B24AttachedVoteVueProps;
};

declare module 'vue' {
  interface GlobalComponents {
    'b24-attached-vote': B24AttachedVoteVueComponent;
  }
}
