/**
 * b24-attached-vote/jsx (types only): lets `<b24-attached-vote attach-id="1" />` type-check in React 19 JSX
 * without the wrapper. Pull it in once, e.g. in a `.d.ts` of your app:
 *
 * ```ts
 * import type {} from 'b24-attached-vote/jsx';
 * ```
 *
 * React 19 sets a prop as a property when the element has it (`attachId={3}`, `transport={t}`) and as an
 * attribute otherwise (`attach-id="3"`): both spellings type-check. `on<event-name>` props become listeners:
 * `onvote-success={(e) => ...}`. Import `b24-attached-vote` (which registers the tag) before the first render, so
 * that React sees the properties.
 *
 * The tag's own props are generated from custom-elements.json (src/generated/jsx-elements.ts, by
 * @wc-toolkit/jsx-types); this file only hands them to React's JSX namespace.
 */
import type * as React from 'react';
import type { B24AttachedVote } from './attached-vote.js';
import type { B24VoteComposer } from './composer/vote-composer.js';
import type { B24AttachedVoteProps, B24VoteComposerProps } from './generated/jsx-elements.js';

/** The element's attributes (`attach-id`), properties (`attachId`, `transport`, `messages`) and `onvote-*` events. */
export type B24AttachedVoteOwnProps = B24AttachedVoteProps;

/** Everything `<b24-attached-vote>` accepts in React 19 JSX: React's HTML props plus the element's own. */
export type B24AttachedVoteJsxProps = React.DetailedHTMLProps<React.HTMLAttributes<B24AttachedVote>, B24AttachedVote>
  & B24AttachedVoteOwnProps;

/** `<b24-vote-composer>` in JSX: HTML attributes, its attributes and properties, `oncompose-*` handlers. */
export type B24VoteComposerJsxProps = React.DetailedHTMLProps<React.HTMLAttributes<B24VoteComposer>, B24VoteComposer>
  & B24VoteComposerProps;

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'b24-attached-vote': B24AttachedVoteJsxProps;
      'b24-vote-composer': B24VoteComposerJsxProps;
    }
  }
}
