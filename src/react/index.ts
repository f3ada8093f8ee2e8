/**
 * b24-attached-vote/react: `<AttachedVote>`, the element as a React component (made with @lit/react).
 *
 * - Every element property is a prop (`attachId`, `webhookUrl`, `transport`, `messages`, `theme`, ...); objects
 *   such as `transport` and `messages` are set as properties, never stringified into attributes.
 * - Every event is a typed callback prop: `onVoteLoad`, `onVoteSubmit`, `onVoteSuccess`, `onVoteRecall`,
 *   `onVoteError`.
 * - `ref` is the `<b24-attached-vote>` element itself (`refresh()`, `vote()`, `poll`, `status`, ...).
 *
 * Importing this entry registers the tag (like the package root). React is a peer dependency of this entry only.
 * Its types also declare the bare tag for JSX (`b24-attached-vote/jsx`), so both forms type-check.
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { defineB24AttachedVote, tagName } from '../define.js';
import { B24AttachedVote } from '../element.js';
import type { B24AttachedVoteEventMap } from '../events.js';

defineB24AttachedVote();

/** The event names, each branded with its event type so that the callback props are typed. */
const events = {
  onVoteLoad: 'vote-load' as EventName<B24AttachedVoteEventMap['vote-load']>,
  onVoteSubmit: 'vote-submit' as EventName<B24AttachedVoteEventMap['vote-submit']>,
  onVoteSuccess: 'vote-success' as EventName<B24AttachedVoteEventMap['vote-success']>,
  onVoteRecall: 'vote-recall' as EventName<B24AttachedVoteEventMap['vote-recall']>,
  onVoteError: 'vote-error' as EventName<B24AttachedVoteEventMap['vote-error']>,
};

/**
 * `<b24-attached-vote>` as a React component.
 *
 * ```tsx
 * <AttachedVote attachId={1} transport={transport} onVoteSuccess={(e) => console.log(e.detail.ballot)} />
 * ```
 */
export const AttachedVote = createComponent({
  react: React,
  tagName,
  elementClass: B24AttachedVote,
  events,
  displayName: 'AttachedVote',
});

/** The props of `<AttachedVote>`. */
export type AttachedVoteProps = React.ComponentProps<typeof AttachedVote>;

export { B24AttachedVote };
export type * from '../events.js';
// Also types the bare `<b24-attached-vote>` tag in JSX (see b24-attached-vote/jsx).
export type { B24AttachedVoteJsxProps } from '../jsx.js';
