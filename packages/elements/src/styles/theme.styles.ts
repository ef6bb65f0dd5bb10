import { css } from 'lit';

/**
 * Tokens every Onestop element reads: each `--onestop-<element>-*` property may override, then the
 * page-wide `--onestop-*` token, then a default. Light and dark follow the system unless the
 * `theme` attribute forces one. Everything is set inside the shadow root so host CSS
 * (resets, `* { font-size: 20px }`) cannot reach the layout.
 */
export const themeStyles = css`
  :host {
    --_primary: var(--onestop-color-primary, #0b57d0);
    --_on-primary: var(--onestop-color-on-primary, #ffffff);
    --_surface: var(--onestop-color-surface, #ffffff);
    --_surface-2: var(--onestop-color-surface-alt, #f1f4f9);
    --_text: var(--onestop-color-text, #1b1c1f);
    --_muted: var(--onestop-color-text-muted, #4a4f57);
    --_border: var(--onestop-color-border, #8a9099);
    --_mark: var(--onestop-color-mark, #fff3b0);
    --_danger: var(--onestop-color-danger, #b3261e);
    --_success: var(--onestop-color-success, #146c2e);
    --_focus: var(--onestop-color-focus, #0b57d0);
    --_radius: var(--onestop-radius, 8px);
    --_space: calc(var(--onestop-spacing, 8px) * var(--onestop-density, 1));
    --_font: var(--onestop-font-family, system-ui, 'Segoe UI', Roboto, 'Noto Sans', sans-serif);
    display: block;
    box-sizing: border-box;
    color-scheme: light;
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      --_primary: var(--onestop-color-primary-dark, #a8c7fa);
      --_on-primary: var(--onestop-color-on-primary-dark, #062e6f);
      --_surface: var(--onestop-color-surface-dark, #1b1c1f);
      --_surface-2: var(--onestop-color-surface-alt-dark, #2a2d33);
      --_text: var(--onestop-color-text-dark, #e6e8ec);
      --_muted: var(--onestop-color-text-muted-dark, #c0c5cd);
      --_border: var(--onestop-color-border-dark, #8e949c);
      --_mark: var(--onestop-color-mark-dark, #5c4d00);
      --_danger: var(--onestop-color-danger-dark, #ffb4ab);
      --_success: var(--onestop-color-success-dark, #8fdb9f);
      --_focus: var(--onestop-color-focus-dark, #a8c7fa);
      color-scheme: dark;
    }
  }
  :host([theme='dark']) {
    --_primary: var(--onestop-color-primary-dark, #a8c7fa);
    --_on-primary: var(--onestop-color-on-primary-dark, #062e6f);
    --_surface: var(--onestop-color-surface-dark, #1b1c1f);
    --_surface-2: var(--onestop-color-surface-alt-dark, #2a2d33);
    --_text: var(--onestop-color-text-dark, #e6e8ec);
    --_muted: var(--onestop-color-text-muted-dark, #c0c5cd);
    --_border: var(--onestop-color-border-dark, #8e949c);
    --_mark: var(--onestop-color-mark-dark, #5c4d00);
    --_danger: var(--onestop-color-danger-dark, #ffb4ab);
    --_success: var(--onestop-color-success-dark, #8fdb9f);
    --_focus: var(--onestop-color-focus-dark, #a8c7fa);
    color-scheme: dark;
  }
  :host([hidden]) {
    display: none;
  }
  .root {
    box-sizing: border-box;
    font-family: var(--_font);
    font-size: var(--onestop-font-size, 16px);
    line-height: 1.5;
    color: var(--_text);
    background: var(--_surface);
    text-align: start;
    letter-spacing: normal;
    --onestop-color-link: var(--_primary);
    --onestop-rich-text-color: var(--_text);
    /* Rich text inside reads the resolved scheme too: a light focus ring on a dark panel is invisible. */
    --onestop-color-focus: var(--_focus);
    --onestop-color-border: var(--_border);
  }
  .root *,
  .root *::before,
  .root *::after {
    box-sizing: inherit;
  }
  a {
    color: var(--_primary);
  }
  button,
  input,
  select {
    font: inherit;
    color: inherit;
    margin: 0;
  }
  button {
    cursor: pointer;
    border-radius: var(--_radius);
    border: 1px solid var(--_border);
    background: var(--_surface);
    padding: calc(var(--_space) * 0.5) var(--_space);
    min-height: 2.75em;
  }
  button.primary {
    background: var(--_primary);
    color: var(--_on-primary);
    border-color: var(--_primary);
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  mark {
    background: var(--_mark);
    color: inherit;
    font-weight: 600;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .skeleton {
    display: grid;
    gap: var(--_space);
  }
  .skeleton span {
    display: block;
    height: 1em;
    border-radius: 4px;
    background: var(--_surface-2);
    animation: pulse 1.2s ease-in-out infinite alternate;
  }
  .skeleton span:nth-child(2) {
    width: 80%;
  }
  .skeleton span:nth-child(3) {
    width: 60%;
  }
  @keyframes pulse {
    to {
      opacity: 0.5;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
    }
  }
  .state {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
    display: grid;
    gap: var(--_space);
    justify-items: start;
  }
  .state p {
    margin: 0;
  }
  .notice {
    margin: 0 0 var(--_space);
    padding: calc(var(--_space) * 0.5) var(--_space);
    border-radius: var(--_radius);
    background: var(--_surface-2);
    color: var(--_text);
    font-size: 0.875em;
  }
`;
