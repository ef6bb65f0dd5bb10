import { css } from 'lit';

export const procedureStyles = css`
  .root {
    display: grid;
    gap: calc(var(--_space) * 2);
    padding: var(--_space);
  }
  h2 {
    font-size: 1.5em;
    line-height: 1.25;
    margin: 0 0 var(--_space);
  }
  h3 {
    font-size: 1.125em;
    margin: 0 0 var(--_space);
  }
  section,
  header,
  footer {
    display: block;
  }
  .meta {
    color: var(--_muted);
    font-size: 0.875em;
    margin: calc(var(--_space) * 0.5) 0;
  }
  .actions,
  .feedback {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: center;
    margin-top: var(--_space);
  }
  .changed,
  .agency-change {
    background: var(--_surface-2);
    border-inline-start: 4px solid var(--_primary);
    padding: var(--_space);
    border-radius: var(--_radius);
  }
  .facts {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(12em, 1fr));
    gap: var(--_space);
    margin: 0 0 var(--_space);
  }
  .facts div {
    background: var(--_surface-2);
    border-radius: var(--_radius);
    padding: var(--_space);
  }
  dt {
    font-size: 0.875em;
    color: var(--_muted);
  }
  dd {
    margin: 0;
    font-weight: 600;
  }
  ul,
  ol {
    padding-inline-start: 1.25em;
    margin: 0;
  }
  .channels {
    list-style: none;
    padding: 0;
    display: grid;
    gap: var(--_space);
  }
  .channel {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
    display: grid;
    gap: 0.25em;
    overflow-wrap: anywhere;
  }
  .badge {
    justify-self: start;
    font-size: 0.8125em;
    border: 1px solid var(--_border);
    border-radius: 999px;
    padding: 0 0.5em;
  }
  fieldset {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    margin: 0 0 var(--_space);
    padding: var(--_space);
    min-width: 0;
  }
  legend {
    font-weight: 600;
    padding: 0 0.25em;
  }
  .checklist ul {
    list-style: none;
    padding: 0;
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }
  .checklist li {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0 var(--_space);
    align-items: start;
  }
  .checklist li onestop-rich-text {
    grid-column: 2;
    font-size: 0.875em;
    color: var(--_muted);
  }
  input[type='checkbox'] {
    width: 1.25em;
    height: 1.25em;
    margin-top: 0.15em;
    accent-color: var(--_primary);
  }
  .progress {
    margin: 0 0 var(--_space);
    font-weight: 600;
  }
  .steps-head {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: baseline;
    gap: var(--_space);
  }
  .steps ol li {
    margin-bottom: calc(var(--_space) * 0.5);
  }
  summary {
    cursor: pointer;
    font-weight: 600;
    min-height: 1.75em;
  }
  .result-date input {
    display: block;
    margin: calc(var(--_space) * 0.5) 0;
    padding: calc(var(--_space) * 0.5);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    max-width: 100%;
  }
  .open {
    color: var(--_success);
    font-weight: 600;
  }
  .closed {
    color: var(--_danger);
    font-weight: 600;
  }
  .office p {
    margin: 0 0 calc(var(--_space) * 0.5);
  }
  @media print {
    .no-print,
    .notices {
      display: none !important;
    }
    .root {
      color: #000;
      background: #fff;
      gap: 8px;
      font-size: 11pt;
    }
    details > *:not(summary) {
      display: none;
    }
    .facts div {
      background: none;
      border: 1px solid #000;
    }
    input[type='checkbox'] {
      appearance: none;
      border: 1px solid #000;
      width: 12px;
      height: 12px;
    }
  }
`;
