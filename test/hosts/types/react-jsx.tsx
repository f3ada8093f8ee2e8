// Type-level checks of the React typings (no runtime: `tsc --noEmit -p tsconfig.json` checks this file).
// `@ts-expect-error` lines prove that wrong props are refused, not just that right ones are accepted.
// (TypeScript accepts any unknown JSX attribute whose name has a dash, so misspelt kebab-case names can't be refused.)
import { useRef } from 'react';
import type {} from '../../../src/jsx.js';
import { AttachedVote, type AttachedVoteElementProps } from '../../../src/react/index.js';
import type { B24AttachedVote, B24Transport, Ballot, VoteErrorDetail } from '../../../src/element.js';

declare const transport: B24Transport;
declare function log(...values: unknown[]): void;

/** The bare tag in React 19 JSX, with `b24-attached-vote/jsx`. */
export function BareTag() {
  const ref = useRef<B24AttachedVote>(null);
  return (
    <>
      <b24-attached-vote attach-id="1" />
      <b24-attached-vote
        ref={ref}
        attach-id={2}
        className="poll"
        theme="dark"
        submit-on-select
        refresh-interval={30}
        loading="lazy"
        transport={transport}
        messages={{ vote: 'Send' }}
        onvote-success={(event) => {
          const ballot: Ballot = event.detail.ballot;
          log(ballot, event.detail.attach.ID);
        }}
        onvote-error={(event) => log(event.detail.code satisfies string)}
        onvote-submit={(event) => event.preventDefault()}
      />
      <b24-attached-vote module-id="im" entity-id="42" signed-attach-id="x" />
      {/* React 19 sets these as properties: the property names type-check too. */}
      <b24-attached-vote attachId={3} transport={transport} submitOnSelect refreshInterval={30} webhookUrl="https://example.bitrix24.com/rest/1/x/" />
      {/* @ts-expect-error: theme (the property) is light or dark */}
      <b24-attached-vote attachId={3} theme="blue" />
      {/* @ts-expect-error: theme is light or dark */}
      <b24-attached-vote theme="blue" />
      {/* @ts-expect-error: a transport has call() */}
      <b24-attached-vote transport={{}} />
      {/* @ts-expect-error: vote-error's code is a string */}
      <b24-attached-vote onvote-error={(event: CustomEvent<{ code: number }>) => log(event)} />
    </>
  );
}

/** The @lit/react wrapper: properties as props, typed callbacks, a ref to the element. */
export function Wrapped() {
  const ref = useRef<B24AttachedVote>(null);
  return (
    <>
      <AttachedVote
        ref={ref}
        attachId={1}
        transport={transport}
        messages={{ vote: 'Send' }}
        submitOnSelect
        refreshInterval={10}
        theme="light"
        className="poll"
        onVoteLoad={(event) => log(event.detail.attach.ID)}
        onVoteSubmit={(event) => log(event.detail.ballot, event.cancelable)}
        onVoteSuccess={(event) => log(event.detail.ballot, event.detail.attach)}
        onVoteRecall={(event) => log(event.detail.attach)}
        onVoteError={(event) => {
          const detail: VoteErrorDetail = event.detail;
          log(detail.action, detail.code, detail.status);
        }}
      />
      {/* @ts-expect-error: attachId is a number or a string */}
      <AttachedVote attachId={{}} />
      {/* @ts-expect-error: theme is light or dark */}
      <AttachedVote theme="blue" />
      {/* @ts-expect-error: the success detail has no code */}
      <AttachedVote onVoteSuccess={(event) => log(event.detail.code)} />
    </>
  );
}

/** The wrapper's property props are exactly the element's settable properties (derived, so new ones show up). */
type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends (<T>() => T extends B ? 1 : 2) ? true : false;
type Expect<T extends true> = T;
export type WrapperPropertyProps = Expect<Same<
  keyof AttachedVoteElementProps,
  'attachId' | 'moduleId' | 'entityType' | 'entityId' | 'signedAttachId' | 'webhookUrl' | 'transport' | 'messages'
  | 'theme' | 'appearance' | 'submitOnSelect' | 'refreshInterval' | 'loading' | 'hideVoters'
>>;
