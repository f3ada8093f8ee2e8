/**
 * b24-attached-vote/svelte (types only): `<b24-attached-vote>` in Svelte 5 templates (svelte-check, the Svelte
 * language server): attributes (`attach-id="1"`), properties (`{transport}`, `messages={...}`; Svelte 5 sets a
 * property when the element has one) and `onvote-success={(e) => ...}` handlers. Needs nothing but Svelte. Pull it
 * in once, e.g. in `src/app.d.ts`:
 *
 * ```ts
 * import type {} from 'b24-attached-vote/svelte';
 * ```
 *
 * Hand-written around the generated props (src/generated/jsx-elements.ts): the Svelte plugin
 * (custom-element-svelte-integration) writes Svelte 4 syntax (`on:` and `bind:`, the `svelteHTML` namespace).
 */
import type { HTMLAttributes } from 'svelte/elements';
import type { B24AttachedVote } from './attached-vote.js';
import type { B24VoteComposer } from './composer/vote-composer.js';
import type { B24AttachedVoteProps, B24VoteComposerProps } from './generated/jsx-elements.js';

/** Everything `<b24-attached-vote>` accepts in a Svelte 5 template. */
export type B24AttachedVoteSvelteProps = HTMLAttributes<B24AttachedVote> & B24AttachedVoteProps;

/** Everything `<b24-vote-composer>` accepts in a Svelte 5 template. */
export type B24VoteComposerSvelteProps = HTMLAttributes<B24VoteComposer> & B24VoteComposerProps;

declare module 'svelte/elements' {
  interface SvelteHTMLElements {
    'b24-attached-vote': B24AttachedVoteSvelteProps;
    'b24-vote-composer': B24VoteComposerSvelteProps;
  }
}
