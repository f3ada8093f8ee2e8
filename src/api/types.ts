/** A number as the portal sends it: often a numeric string. */
export type NumLike = number | string;

/** One answer of a raw attach question, as the portal sends it. */
export interface RawAnswer {
  ID: NumLike;
  QUESTION_ID?: NumLike;
  C_SORT?: NumLike;
  ACTIVE?: 'Y' | 'N';
  MESSAGE?: string;
  MESSAGE_TYPE?: 'text' | 'html' | string;
  COUNTER?: NumLike;
  PERCENT?: NumLike;
  '~PERCENT'?: NumLike;
  FIELD_TYPE?: NumLike;
  [key: string]: unknown;
}

/** One question of a raw attach, as the portal sends it. */
export interface RawQuestion {
  ID: NumLike;
  VOTE_ID?: NumLike;
  C_SORT?: NumLike;
  ACTIVE?: 'Y' | 'N';
  QUESTION?: string;
  QUESTION_TYPE?: 'text' | 'html' | string;
  COUNTER?: NumLike;
  FIELD_TYPE?: NumLike;
  REQUIRED?: 'Y' | 'N';
  IMAGE?: { SRC?: string; [key: string]: unknown } | null;
  ANSWERS?: Record<string, RawAnswer> | RawAnswer[];
  [key: string]: unknown;
}

/** The portal's raw `attach` object (see the reference doc, section 4). */
export interface RawAttach {
  ID: NumLike;
  VOTE_ID: NumLike;
  COUNTER?: NumLike;
  QUESTIONS?: Record<string, RawQuestion> | RawQuestion[];
  ANONYMITY?: NumLike;
  OPTIONS?: NumLike;
  userAnswerMap?: Record<string, Record<string, unknown>> | unknown[];
  canEdit?: boolean;
  canVote?: boolean;
  canRevote?: boolean;
  isVoted?: boolean;
  signedAttachId?: string;
  resultUrl?: string;
  downloadUrl?: string;
  entityId?: NumLike;
  isFinished?: boolean;
  [key: string]: unknown;
}

/** One answer of the normalized poll. */
export interface PollAnswer {
  /** Answer ID as a string. */
  id: string;
  /** Answer text (plain text; html-type text is kept as text, never rendered as markup). */
  text: string;
  /** True when the portal marked the text as html. */
  html: boolean;
  /** Ballots that chose this answer. */
  votes: number;
  /** The portal's percent of the question's respondents (0-100, two decimals). */
  percent: number;
  /** True when the current user picked this answer. */
  mine: boolean;
  /**
   * Up to three of the answer's voters, as `getWithVoted` listed them (never more than `votes`). Present only
   * when the poll was read with its voters, is public and the user may see its numbers; `[]` when none listed.
   */
  faces?: PollFace[];
}

/** One voter's face next to an answer in the results. */
export interface PollFace {
  /** User ID as a string (it also picks the colour of the initials that stand in for a missing image). */
  id: string;
  /** Full name as the portal formats it; '' when the portal sent none. */
  name: string;
  /** The avatar's absolute http(s) URL (relative ones resolved against the portal), or null. */
  image: string | null;
}

/** One question of the normalized poll. */
export interface PollQuestion {
  /** Question ID as a string. */
  id: string;
  /** Question text. */
  text: string;
  /** True when the portal marked the text as html. */
  html: boolean;
  /** Several answers may be picked (FIELD_TYPE 1 checkbox or 3 multiselect). */
  multiple: boolean;
  /** A ballot without an answer to this question is rejected. */
  required: boolean;
  /** Ballots that answered this question (`COUNTER`): the per-question "N voted". */
  voters: number;
  /** Image URL as sent (often relative to the portal), or null. */
  image: string | null;
  /** Active answers, sorted by C_SORT then ID. */
  answers: PollAnswer[];
}

/** The normalized poll: what the element renders. */
export interface Poll {
  /** Attach ID as a string. */
  id: string;
  /** Vote (poll) ID as a string. */
  voteId: string;
  /** Chat message or post ID the poll is attached to, as a string. */
  entityId: string;
  /** Ballots in the whole poll. */
  voters: number;
  /** ANONYMITY === 2: ballots are stored hidden, nobody can list who voted. */
  anonymous: boolean;
  /** Every ANONYMITY but 2 (0 too): ballots are stored visible, so voter lists and faces are offered. */
  public: boolean;
  /** OPTIONS & 1. */
  revoteAllowed: boolean;
  /** OPTIONS & 2. */
  resultsHidden: boolean;
  canVote: boolean;
  canRevote: boolean;
  canEdit: boolean;
  isVoted: boolean;
  isFinished: boolean;
  signedAttachId: string;
  resultUrl: string;
  downloadUrl: string;
  /** Active questions, sorted by C_SORT then ID. */
  questions: PollQuestion[];
}

/** Question ID -> selected answer IDs, as strings. Goes over the wire and into event details as is. */
export type Ballot = Record<string, string[]>;

/** The three ways the server accepts to name a poll. */
export type PollRef =
  | { attachId: number }
  | { moduleId: string; entityType: string; entityId: number }
  | { signedAttachId: string };

/** One person in a voters list (`getAnswerVoted`, `getWithVoted`). */
export interface Voter {
  id: string;
  name: string;
  image: string | null;
  position: string;
}

/** One page of voters of an answer. */
export interface VotersPage {
  voters: Voter[];
  total: number;
  /** Offset of the next page, or null when this was the last. */
  next: number | null;
}
