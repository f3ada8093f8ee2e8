import { css } from 'lit';

/**
 * `appearance="bitrix24"`'s colors and type: the Air design of Bitrix24's UI kit as the defaults of the public
 * `--b24-vote-*` properties, written into the private names the element's stylesheet reads (`--_bg`, `--_fg`, ...).
 * Any element whose stylesheet reads those names (the composer too) includes this table as it is.
 *
 * - A value whose kit variable passes the contrast rules chains to it (`var(--ui-color-base-7, ...)`), so a b24ui
 *   page's theme switch follows; the others are the next passing value of the kit's palette, not chained
 *   (README, "Looks": which and why). Contrast: text 4.5:1 on the background, the track and both fills; each
 *   fill 3:1 against the track, in both schemes (test/element/looks.test.ts measures them).
 * - With an explicit `theme` the kit's variables are not read: they may hold the other scheme's values.
 * - Browsers without light-dark() keep the neutral look, whose own fallback draws it light.
 */
export const bitrix24Tokens = css`
  @supports (color: light-dark(#fff, #000)) {
    :host([appearance='bitrix24']) {
      --_bg: var(--b24-vote-background, var(--ui-color-bg-content-primary, light-dark(#fff, #262626)));
      --_fg: var(--b24-vote-color, light-dark(#000, #fff));
      --_muted: var(--b24-vote-muted-color, var(--ui-color-base-2, light-dark(#525c69, #cacbcc)));
      --_border: var(--b24-vote-border-color, var(--ui-color-base-7, light-dark(#edeef0, #373838)));
      --_accent: var(--b24-vote-accent, light-dark(#0069e6, #2a94ff));
      --_accent-fg: var(--b24-vote-accent-text, light-dark(#fff, #000));
      --_track: var(--b24-vote-track, light-dark(var(--ui-color-accent-soft-blue-3, #edf7ff), #171717));
      --_fill: var(--b24-vote-fill, light-dark(#188ae6, #035fcf));
      --_mine: var(--b24-vote-mine, light-dark(#0075ff, #00789e));
      --_danger: var(--b24-vote-danger, light-dark(#c21b16, #ff7c78));
      font-family: var(--b24-vote-font, var(--ui-font-family-system, system-ui, -apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, Ubuntu, 'Helvetica Neue', Arial, sans-serif));
    }
    /* The guaranteed-invalid value makes each chained var() above take its Air fallback. */
    :host([appearance='bitrix24'][theme='light']),
    :host([appearance='bitrix24'][theme='dark']) {
      --ui-color-bg-content-primary: initial;
      --ui-color-base-2: initial;
      --ui-color-base-7: initial;
      --ui-color-accent-soft-blue-3: initial;
      --ui-font-family-system: initial;
    }
  }
`;

/**
 * `appearance="bitrix24"`'s layout of the voter's views, as Bitrix24's chat poll draws them: answers are rows on
 * the track; with results the row itself fills from the start edge (the user's pick in `--b24-vote-mine`), the
 * percent at the end inside it (the number 17 px, the sign 13 px at the default font size), counts and faces
 * under the row. In forced colors the fill is a system-color bar along the row's end edge, not behind its text.
 */
export const bitrix24Layout = css`
  @supports (color: light-dark(#fff, #000)) {
    :host([appearance='bitrix24']) .answer {
      --_border: transparent;
      background: var(--_track);
    }
    :host([appearance='bitrix24']) .result {
      display: grid;
      gap: 4px;
    }
    :host([appearance='bitrix24']) .result-head,
    :host([appearance='bitrix24']) .bar {
      grid-area: 1 / 1;
      margin: 0;
      block-size: auto;
      border-radius: calc(var(--_radius) / 1.5);
    }
    :host([appearance='bitrix24']) .result-head {
      z-index: 1;
      align-items: center;
      padding: calc(var(--_space) * 0.75) var(--_space);
    }
    :host([appearance='bitrix24']) .result-head:only-child {
      background: var(--_track);
    }
    :host([appearance='bitrix24']) .mine .result-head:only-child {
      background: var(--_mine);
    }
    :host([appearance='bitrix24']) .fill {
      opacity: 1;
    }
    :host([appearance='bitrix24']) .mine-mark {
      color: inherit;
    }
    :host([appearance='bitrix24']) .percent {
      font-size: calc(17em / 14);
    }
    :host([appearance='bitrix24']) .percent-sign {
      font-size: calc(13em / 17);
    }
    :host([appearance='bitrix24']) .count {
      padding-inline: var(--_space);
    }
    :host([appearance='bitrix24']) :is(.count, .meta, .note) {
      font-size: calc(12em / 14);
    }
    :host([appearance='bitrix24']) .button {
      min-block-size: 34px;
    }
    @media (forced-colors: active) {
      :host([appearance='bitrix24']) .bar {
        align-self: end;
        block-size: var(--_bar);
      }
    }
  }
`;
