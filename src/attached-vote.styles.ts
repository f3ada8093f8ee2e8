import { css } from 'lit';
import { bitrix24Layout, bitrix24Tokens } from './looks/bitrix24.styles.js';

/** The neutral look: Bitrix24-like defaults, every color and size a custom property, light and dark. */
const neutral = css`
  :host {
    /* Defaults live on private names so that a host's --b24-vote-* always wins; light-dark() picks by the
       element's color-scheme, which follows prefers-color-scheme unless the theme attribute forces one. */
    --_bg: var(--b24-vote-background, light-dark(#fff, #1f2329));
    --_fg: var(--b24-vote-color, light-dark(#333a45, #e7eaee));
    --_muted: var(--b24-vote-muted-color, light-dark(#5b6470, #a9b1bb));
    --_border: var(--b24-vote-border-color, light-dark(#dfe3e8, #3a414b));
    --_accent: var(--b24-vote-accent, light-dark(#0b66c3, #6cb4ff));
    --_accent-fg: var(--b24-vote-accent-text, light-dark(#fff, #0b1a2a));
    --_fill: var(--b24-vote-fill, var(--_accent));
    --_mine: var(--b24-vote-mine, #2fc6f6);
    --_track: var(--b24-vote-track, light-dark(#eef1f4, #2c323a));
    --_danger: var(--b24-vote-danger, light-dark(#c0262d, #ff8a8f));
    --_radius: var(--b24-vote-radius, 12px);
    --_space: var(--b24-vote-spacing, 12px);
    --_bar: var(--b24-vote-bar-height, 6px);
    display: block;
    box-sizing: border-box;
    max-width: 100%;
    font-family: var(--b24-vote-font, inherit);
    font-size: var(--b24-vote-font-size, 14px);
    line-height: 1.45;
    color: var(--_fg);
    color-scheme: light dark;
  }
  @supports not (color: light-dark(#fff, #000)) {
    /* Browsers without light-dark() would see every colour as invalid: they get the light theme. */
    :host {
      --_bg: var(--b24-vote-background, #fff);
      --_fg: var(--b24-vote-color, #333a45);
      --_muted: var(--b24-vote-muted-color, #5b6470);
      --_border: var(--b24-vote-border-color, #dfe3e8);
      --_accent: var(--b24-vote-accent, #0b66c3);
      --_accent-fg: var(--b24-vote-accent-text, #fff);
      --_track: var(--b24-vote-track, #eef1f4);
      --_danger: var(--b24-vote-danger, #c0262d);
    }
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  .poll {
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 1.25);
    overflow-wrap: anywhere;
  }
  .warm-up {
    /* A view drawn once and removed in the same task (views/warm-up.ts): it must never take space or be seen. */
    position: fixed;
    inset-block-start: 0;
    inset-inline-start: 0;
    inline-size: min(100vw, 36rem);
    visibility: hidden;
    pointer-events: none;
  }
  .poll.idle {
    display: none;
  }
  .poll.loading {
    /* Nothing to see, of the height the host reserves (controllers/reserved-box.ts): none reserved, none taken. */
    border: 0;
    padding: 0;
    background: none;
  }
  .question {
    border: 0;
    margin: 0 0 var(--_space);
    padding: 0;
    min-inline-size: 0;
  }
  .question-text {
    display: block;
    padding: 0;
    margin: 0 0 calc(var(--_space) * 0.75);
    font-size: 1.07em;
    font-weight: 600;
    white-space: pre-line;
  }
  .question-voters {
    margin: calc(var(--_space) * -0.5) 0 calc(var(--_space) * 0.75);
  }
  .required {
    color: var(--_danger);
  }
  .question-image {
    display: block;
    max-inline-size: 100%;
    max-block-size: 240px;
    border-radius: calc(var(--_radius) / 2);
    margin-block-end: var(--_space);
  }
  .answers {
    display: grid;
    gap: calc(var(--_space) / 2);
  }
  .answer {
    display: flex;
    align-items: flex-start;
    gap: calc(var(--_space) * 0.75);
    padding: calc(var(--_space) * 0.6) calc(var(--_space) * 0.75);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 1.5);
    cursor: pointer;
  }
  .answer:hover {
    border-color: var(--_accent);
  }
  .answer:has(input:checked) {
    border-color: var(--_accent);
  }
  .answer:has(input:focus-visible) {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  fieldset:disabled .answer {
    cursor: default;
    opacity: 0.7;
  }
  input {
    accent-color: var(--_accent);
    inline-size: 1.1em;
    block-size: 1.1em;
    margin: 0.15em 0 0;
    flex: none;
  }
  .answer-text {
    flex: 1;
    white-space: pre-line;
  }
  .actions,
  .author-tools,
  .links {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) / 2);
    margin: var(--_space) 0 0;
  }
  .button {
    font: inherit;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 1.5);
    background: transparent;
    color: var(--_fg);
    padding: calc(var(--_space) * 0.5) calc(var(--_space) * 1.25);
    min-block-size: 36px;
    cursor: pointer;
  }
  .button.primary {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_accent-fg);
    font-weight: 600;
  }
  .button.danger {
    border-color: var(--_danger);
    color: var(--_danger);
  }
  .button:disabled,
  .button[aria-disabled='true'] {
    cursor: not-allowed;
    opacity: 0.55;
  }
  .button:focus-visible,
  .link-button:focus-visible,
  a:focus-visible,
  .error:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  .link-button {
    font: inherit;
    color: var(--_accent);
    background: none;
    border: 0;
    padding: 0;
    cursor: pointer;
    text-decoration: underline;
    text-underline-offset: 2px;
  }
  a {
    color: var(--_accent);
  }
  .results:focus,
  .poll:focus {
    outline: none;
  }
  .result-list,
  .voters ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }
  .result-head {
    display: flex;
    align-items: baseline;
    gap: calc(var(--_space) / 2);
  }
  .percent {
    margin-inline-start: auto;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  .mine-mark {
    color: var(--_muted);
    font-size: 0.86em;
    white-space: nowrap;
  }
  .result.mine .answer-text {
    font-weight: 600;
  }
  .bar {
    block-size: var(--_bar);
    border-radius: var(--_bar);
    background: var(--_track);
    margin-block: 4px;
    overflow: hidden;
  }
  .fill {
    block-size: 100%;
    inline-size: 0;
    background: var(--_fill);
    opacity: 0.55;
    border-radius: inherit;
    transition: width 0.2s ease;
  }
  .result.mine .fill {
    background: var(--_mine);
    opacity: 1;
  }
  .count,
  .meta,
  .note,
  .voter-position {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .voters {
    margin-block-start: calc(var(--_space) / 2);
    padding-inline-start: var(--_space);
    border-inline-start: 2px solid var(--_border);
  }
  .voters ul {
    gap: 4px;
  }
  .voter {
    display: flex;
    align-items: center;
    gap: 0.5em;
    flex-wrap: wrap;
  }
  .count,
  .meta {
    font-variant-numeric: tabular-nums;
  }
  .count {
    display: flex;
    align-items: center;
    flex-wrap: wrap;
    gap: 0.25em 0.75em;
  }
  .faces {
    display: inline-flex;
    align-items: center;
  }
  /* Faces overlap a little, as in Bitrix24; each is ringed with the box colour so the overlap reads clearly. */
  .faces .face + .face {
    margin-inline-start: -6px;
  }
  .faces .face {
    box-shadow: 0 0 0 2px var(--_bg);
  }
  .faces-more {
    margin-inline-start: 0.5em;
  }
  .face {
    display: inline-block;
    flex: none;
    inline-size: 24px;
    block-size: 24px;
    border-radius: 50%;
    object-fit: cover;
    background: var(--_track);
  }
  .voter .face {
    inline-size: 32px;
    block-size: 32px;
  }
  /* Initials: white on colours dark enough for 4.5:1 or more, in light and dark themes alike. */
  .initials {
    display: inline-grid;
    place-items: center;
    color: #fff;
    font-size: 10px;
    font-weight: 600;
    line-height: 1;
    user-select: none;
  }
  .voter .initials {
    font-size: 12px;
  }
  .hue-0 { background: #1d63b8; }
  .hue-1 { background: #7b3fa6; }
  .hue-2 { background: #b3261e; }
  .hue-3 { background: #1e7a46; }
  .hue-4 { background: #a34a00; }
  .hue-5 { background: #00727f; }
  .hue-6 { background: #5b5fc7; }
  .hue-7 { background: #a6336e; }
  .wait-note {
    margin: calc(var(--_space) / 2) 0 0;
  }
  .footer {
    margin-block-start: var(--_space);
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35em 1em;
    margin: var(--_space) 0 0;
  }
  .closed {
    font-weight: 600;
    color: var(--_fg);
  }
  .confirm p {
    flex-basis: 100%;
    margin: 0;
  }
  .error {
    margin-block-start: var(--_space);
    padding: calc(var(--_space) * 0.75);
    border: 1px solid var(--_danger);
    border-radius: calc(var(--_radius) / 1.5);
    color: var(--_fg);
  }
  .error p {
    margin: 0 0 calc(var(--_space) / 2);
  }
  .error p:last-child {
    margin: 0;
  }
  .error-text {
    color: var(--_danger);
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  @media (prefers-reduced-motion: reduce) {
    .fill {
      transition: none;
    }
  }
  @media (forced-colors: active) {
    .poll,
    .answer,
    .button,
    .error {
      border-color: CanvasText;
    }
    .bar {
      border: 1px solid CanvasText;
      background: Canvas;
    }
    .fill,
    .result.mine .fill {
      background: Highlight;
      opacity: 1;
      forced-color-adjust: none;
    }
    .button.primary {
      background: ButtonFace;
      color: ButtonText;
      border-color: ButtonText;
    }
    .initials {
      forced-color-adjust: none;
      background: Canvas;
      color: CanvasText;
      border: 1px solid CanvasText;
    }
  }
`;

/** The element's styles: the neutral look, and `appearance="bitrix24"` over it (src/looks/). */
export const styles = [neutral, bitrix24Tokens, bitrix24Layout];
