import { css } from 'lit';

export const richTextStyles = css`
  :host {
    display: block;
    color: var(--onestop-rich-text-color, var(--onestop-color-text, inherit));
    font: inherit;
    line-height: var(--onestop-line-height, 1.5);
  }
  p,
  ul,
  ol,
  table,
  blockquote {
    margin: 0 0 0.75em;
  }
  :is(p, ul, ol, table, blockquote):last-child {
    margin-bottom: 0;
  }
  h1, h2, h3, h4, h5, h6 {
    font-size: 1em;
    font-weight: 600;
    margin: 1em 0 0.5em;
  }
  a {
    color: var(--onestop-color-link, #0b57d0);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  a:focus-visible {
    outline: 3px solid var(--onestop-color-focus, #0b57d0);
    outline-offset: 2px;
  }
  table {
    border-collapse: collapse;
  }
  th,
  td {
    border: 1px solid var(--onestop-color-border, #c4c7c5);
    padding: 0.25em 0.5em;
    text-align: start;
  }
  .align-left {
    text-align: left;
  }
  .align-center {
    text-align: center;
  }
  .align-right {
    text-align: right;
  }
  blockquote {
    border-inline-start: 3px solid var(--onestop-color-border, #c4c7c5);
    padding-inline-start: 0.75em;
  }
`;
