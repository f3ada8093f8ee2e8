/**
 * b24-attached-vote/react: `<AttachedVote>`, the element as a React component (made with @lit/react, which is
 * bundled into this entry: nothing to install but React).
 *
 * - Every settable element property is a prop (`attachId`, `webhookUrl`, `transport`, `messages`, `theme`, ...);
 *   they are set as properties, so objects such as `transport` are never stringified into attributes.
 * - Every event is a typed callback prop: `onVoteLoad`, `onVoteSubmit`, `onVoteSuccess`, `onVoteRecall`,
 *   `onVoteError`.
 * - `ref` is the `<b24-attached-vote>` element itself (`refresh()`, `vote()`, `poll`, `status`, ...).
 *
 * Importing this entry registers the tag (like the package root). React is a peer dependency of this entry only.
 * Its types also declare the bare tag for JSX (`b24-attached-vote/jsx`), so both forms type-check.
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import type { LitElement } from 'lit';
import { defineB24AttachedVote, tagName } from '../define.js';
import { B24AttachedVote } from '../element.js';
import type { B24AttachedVoteEventMap } from '../events.js';

defineB24AttachedVote();

type IfEquals<X, Y, A, B> = (<T>() => T extends X ? 1 : 2) extends (<T>() => T extends Y ? 1 : 2) ? A : B;
/** Keys of T that can be assigned (not getters without setters). */
type WritableKeys<T> = { [K in keyof T]-?: IfEquals<{ [Q in K]: T[K] }, { -readonly [Q in K]: T[K] }, K, never> }[keyof T];
/** Keys of T that are not methods. */
type DataKeys<T> = { [K in keyof T]-?: T[K] extends (...args: never[]) => unknown ? never : K }[keyof T];
/** The element's own settable properties: `attachId`, `transport`, `messages`, `theme`, ... */
type SettableKeys = Exclude<keyof B24AttachedVote, keyof LitElement> & WritableKeys<B24AttachedVote> & DataKeys<B24AttachedVote>;

/** The element's properties as props (set as properties on the element). */
export type AttachedVoteElementProps = Partial<Pick<B24AttachedVote, SettableKeys>>;

/** The element's events as callback props. */
export interface AttachedVoteEventProps {
  /** `vote-load`: the poll was loaded or re-read. */
  onVoteLoad?: (event: B24AttachedVoteEventMap['vote-load']) => void;
  /** `vote-submit`: a ballot is about to be sent; `event.preventDefault()` sends nothing. */
  onVoteSubmit?: (event: B24AttachedVoteEventMap['vote-submit']) => void;
  /** `vote-success`: the portal accepted a ballot. */
  onVoteSuccess?: (event: B24AttachedVoteEventMap['vote-success']) => void;
  /** `vote-recall`: the user's vote was withdrawn. */
  onVoteRecall?: (event: B24AttachedVoteEventMap['vote-recall']) => void;
  /** `vote-error`: something failed. */
  onVoteError?: (event: B24AttachedVoteEventMap['vote-error']) => void;
}

/** The props of `<AttachedVote>`: HTML attributes (`id`, `className`, `style`, ...), properties, callbacks. */
export type AttachedVoteProps = Omit<React.HTMLAttributes<B24AttachedVote>, keyof AttachedVoteElementProps | keyof AttachedVoteEventProps>
  & AttachedVoteElementProps
  & AttachedVoteEventProps;

/** The event names, each branded with its event type so that @lit/react types the callback props. */
const events = {
  onVoteLoad: 'vote-load' as EventName<B24AttachedVoteEventMap['vote-load']>,
  onVoteSubmit: 'vote-submit' as EventName<B24AttachedVoteEventMap['vote-submit']>,
  onVoteSuccess: 'vote-success' as EventName<B24AttachedVoteEventMap['vote-success']>,
  onVoteRecall: 'vote-recall' as EventName<B24AttachedVoteEventMap['vote-recall']>,
  onVoteError: 'vote-error' as EventName<B24AttachedVoteEventMap['vote-error']>,
} satisfies Record<keyof AttachedVoteEventProps, string>;

/**
 * `<b24-attached-vote>` as a React component.
 *
 * ```tsx
 * <AttachedVote attachId={1} transport={transport} onVoteSuccess={(e) => console.log(e.detail.ballot)} />
 * ```
 */
export const AttachedVote: React.ForwardRefExoticComponent<AttachedVoteProps & React.RefAttributes<B24AttachedVote>> =
  createComponent({
    react: React,
    tagName,
    elementClass: B24AttachedVote,
    events,
    displayName: 'AttachedVote',
  });

export { B24AttachedVote };
export type * from '../events.js';
// `<VoteComposer>`, the poll composer, beside the voter (its own file).
export * from './composer.js';
// Also types the bare `<b24-attached-vote>` tag in JSX (see b24-attached-vote/jsx).
export type { B24AttachedVoteJsxProps } from '../jsx.js';
