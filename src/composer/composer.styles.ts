import { css } from 'lit';

/**
 * The composer's own styles, on top of the voter's (the same private names and public `--b24-vote-*` properties,
 * so that a page's values, the theme and the appearance carry over to the form and its preview).
 */
export const composerStyles = css`
  .composer {
    display: grid;
    gap: var(--_space);
  }
  .label {
    display: block;
    font-weight: 600;
    margin: 0 0 calc(var(--_space) / 3);
    padding: 0;
  }
  .answers-field,
  .settings {
    border: 0;
    margin: 0;
    padding: 0;
    min-inline-size: 0;
  }
  .text-input {
    font: inherit;
    color: var(--_fg);
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 1.5);
    padding: calc(var(--_space) * 0.5) calc(var(--_space) * 0.75);
    inline-size: 100%;
    min-block-size: 36px;
  }
  .text-input:focus-visible,
  .icon-button:focus-visible,
  .settings input:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  .text-input[aria-invalid='true'] {
    border-color: var(--_danger);
  }
  .answer-rows {
    list-style: none;
    margin: 0 0 calc(var(--_space) / 2);
    padding: 0;
    display: grid;
    gap: calc(var(--_space) / 2);
  }
  .row-line {
    display: flex;
    gap: calc(var(--_space) / 3);
    align-items: center;
  }
  .row-line .text-input {
    flex: 1;
    inline-size: auto;
    min-inline-size: 0;
  }
  .status-note {
    margin: 0;
  }
  .status-note:empty {
    /* An empty live region stays in the page (so that its next text is announced) but takes no room. */
    position: absolute;
  }
  .icon-button {
    font: inherit;
    flex: none;
    inline-size: 36px;
    block-size: 36px;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 1.5);
    background: transparent;
    color: var(--_fg);
    cursor: pointer;
  }
  .icon-button:disabled {
    cursor: not-allowed;
    opacity: 0.45;
  }
  .counter,
  .field-note {
    display: block;
    font-size: 0.86em;
    color: var(--_muted);
    margin-block-start: 2px;
  }
  .counter[data-full],
  .warn {
    color: var(--_danger);
  }
  .settings label {
    display: flex;
    gap: calc(var(--_space) / 2);
    align-items: center;
    padding-block: 4px;
    cursor: pointer;
  }
  .button[aria-disabled='true'] {
    cursor: not-allowed;
    opacity: 0.55;
  }
  .preview-title {
    font-size: 0.93em;
    font-weight: 600;
    color: var(--_muted);
    margin: 0 0 calc(var(--_space) / 2);
  }
  .preview .poll {
    pointer-events: none;
  }
  .done {
    display: grid;
    gap: var(--_space);
  }
  .done b24-attached-vote {
    --b24-vote-reserve: none;
  }
  @media (forced-colors: active) {
    .text-input,
    .icon-button {
      border-color: CanvasText;
    }
    .text-input[aria-invalid='true'] {
      border-style: dashed;
    }
    .button[aria-disabled='true'] {
      color: GrayText;
      border-color: GrayText;
    }
  }
`;
