/**
 * b24-attached-vote/jsx (types only): lets `<b24-attached-vote attach-id="1" />` type-check in React 19 JSX
 * without the wrapper. Pull it in once, e.g. in a `.d.ts` of your app:
 *
 * ```ts
 * import type {} from 'b24-attached-vote/jsx';
 * ```
 *
 * React 19 sets a prop as a property when the element has it (`transport`, `messages`) and as an attribute
 * otherwise, and turns `on<event-name>` props into listeners: `onvote-success={(e) => ...}`. Import
 * `b24-attached-vote` (which registers the tag) before the first render, so that React sees the properties.
 */
import type * as React from 'react';
import type { B24AttachedVote } from './attached-vote.js';
import type { B24AttachedVoteEventMap } from './events.js';
import type { MessageOverrides } from './i18n/types.js';
import type { B24Transport } from './transport/types.js';

/** The element's attributes, as written in HTML. */
export interface B24AttachedVoteAttributes {
  /** The poll's attach ID (`attach.ID`); wins over the other ways to name a poll. */
  'attach-id'?: number | string;
  /** Module of the poll's entity: `im` (chat message) or `blog` (feed post). */
  'module-id'?: string;
  /** Connector class of the entity; defaults from `module-id`. */
  'entity-type'?: string;
  /** Chat message ID or post ID the poll is attached to. */
  'entity-id'?: number | string;
  /** The signed attach ID (`attach.signedAttachId`). */
  'signed-attach-id'?: string;
  /** Incoming webhook URL. Never on a public page: anyone who can read the page can use it. */
  'webhook-url'?: string;
  /** Force `light` or `dark`; by default the element follows `prefers-color-scheme`. */
  theme?: 'light' | 'dark';
  /** A single-question single-choice poll votes as soon as an answer is picked. */
  'submit-on-select'?: boolean;
  /** Seconds between refreshes of the results (0: off). */
  'refresh-interval'?: number | string;
  /** `lazy`: load only when the element comes near the viewport. */
  loading?: 'eager' | 'lazy';
  /** No faces and no voter lists (pages where who voted must not show). */
  'hide-voters'?: boolean;
}

/** Properties that only exist as properties (objects): set them through a framework's property binding. */
export interface B24AttachedVoteObjectProperties {
  /** The transport: any object with `call(method, params, { signal })`. */
  transport?: B24Transport;
  /** Message overrides: message key -> string or function. */
  messages?: MessageOverrides;
}

/** React 19 event props: `on` + the event name, exactly as the element fires it. */
export type B24AttachedVoteReactEvents = {
  [K in keyof B24AttachedVoteEventMap as `on${K}`]?: (event: B24AttachedVoteEventMap[K]) => void;
};

/** Everything `<b24-attached-vote>` accepts in React 19 JSX. */
export type B24AttachedVoteJsxProps = React.DetailedHTMLProps<React.HTMLAttributes<B24AttachedVote>, B24AttachedVote>
  & B24AttachedVoteAttributes
  & B24AttachedVoteObjectProperties
  & B24AttachedVoteReactEvents;

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'b24-attached-vote': B24AttachedVoteJsxProps;
    }
  }
}
