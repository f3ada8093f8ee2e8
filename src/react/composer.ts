/**
 * `<VoteComposer>`: `<b24-vote-composer>` as a React component, beside `<AttachedVote>` in b24-attached-vote/react.
 * Properties are set as properties (`transport`, `messages`); events are typed callback props (`onComposeSubmit`,
 * `onComposeSuccess`, `onComposeError`); `ref` is the element (`submit()`).
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { composerTagName, defineB24VoteComposer } from '../composer/define.js';
import type { B24VoteComposerEventMap } from '../composer/events.js';
import { B24VoteComposer } from '../composer/vote-composer.js';

defineB24VoteComposer();

/** The composer's settable properties as props. */
export type VoteComposerElementProps = Partial<Pick<B24VoteComposer, 'chatId' | 'dialogId' | 'webhookUrl' | 'transport' | 'messages' | 'theme' | 'appearance'>>;

/** The composer's events as callback props. */
export interface VoteComposerEventProps {
  /** `compose-submit`: a poll is about to be posted; `event.preventDefault()` posts nothing. */
  onComposeSubmit?: (event: B24VoteComposerEventMap['compose-submit']) => void;
  /** `compose-success`: the poll was posted. */
  onComposeSuccess?: (event: B24VoteComposerEventMap['compose-success']) => void;
  /** `compose-error`: posting failed or could not be settled. */
  onComposeError?: (event: B24VoteComposerEventMap['compose-error']) => void;
}

/** The props of `<VoteComposer>`: HTML attributes, properties, callbacks. */
export type VoteComposerProps = Omit<React.HTMLAttributes<B24VoteComposer>, keyof VoteComposerElementProps | keyof VoteComposerEventProps>
  & VoteComposerElementProps
  & VoteComposerEventProps;

const events = {
  onComposeSubmit: 'compose-submit' as EventName<B24VoteComposerEventMap['compose-submit']>,
  onComposeSuccess: 'compose-success' as EventName<B24VoteComposerEventMap['compose-success']>,
  onComposeError: 'compose-error' as EventName<B24VoteComposerEventMap['compose-error']>,
} satisfies Record<keyof VoteComposerEventProps, string>;

/**
 * `<b24-vote-composer>` as a React component.
 *
 * ```tsx
 * <VoteComposer chatId={7} transport={transport} onComposeSuccess={(e) => console.log(e.detail.messageId)} />
 * ```
 */
export const VoteComposer: React.ForwardRefExoticComponent<VoteComposerProps & React.RefAttributes<B24VoteComposer>> =
  createComponent({ react: React, tagName: composerTagName, elementClass: B24VoteComposer, events, displayName: 'VoteComposer' });

export { B24VoteComposer };
export type * from '../composer/events.js';
