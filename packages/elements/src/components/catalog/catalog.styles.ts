import { css } from 'lit';

export const catalogStyles = css`
  .root {
    display: grid;
    gap: var(--_space);
    padding: var(--_space);
    container-type: inline-size;
  }
  .filters-toggle {
    display: none;
  }
  .search label {
    display: block;
    font-weight: 600;
    margin-bottom: calc(var(--_space) * 0.5);
  }
  /* Examples of what to type: a line that wraps at any width, where a placeholder would be cut off. */
  .search .hint {
    margin: 0 0 calc(var(--_space) * 0.5);
    font-size: 0.875em;
    color: var(--_muted);
  }
  .search input {
    width: 100%;
    min-height: 2.75em;
    padding: calc(var(--_space) * 0.5) var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .layout {
    display: grid;
    grid-template-columns: minmax(12em, 16em) 1fr;
    gap: calc(var(--_space) * 2);
    align-items: start;
  }
  @media (max-width: 40em) {
    .layout {
      grid-template-columns: 1fr;
    }
  }
  /* The column the element gets, not the window, decides: a catalog in a sidebar folds its filters too. */
  @container (max-width: 40em) {
    .layout {
      grid-template-columns: 1fr;
    }
    .filters-toggle {
      display: block;
      justify-self: start;
    }
    .layout:not(.filters-open) .filters {
      display: none;
    }
  }
  .filters {
    display: grid;
    gap: var(--_space);
  }
  fieldset {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    margin: 0;
    padding: calc(var(--_space) * 0.5) var(--_space) var(--_space);
    min-width: 0;
  }
  legend {
    font-weight: 600;
  }
  .option {
    display: flex;
    gap: 0.5em;
    align-items: baseline;
    padding: 0.2em 0;
  }
  .option input {
    accent-color: var(--_primary);
    flex: none;
  }
  .option .label {
    flex: 1;
    min-width: 0;
  }
  .count {
    color: var(--_muted);
    white-space: nowrap;
    flex: none;
  }
  h2 {
    font-size: 1em;
    margin: 0 0 var(--_space);
  }
  /* The previous answer while a query's parts load: a line fills along the top after a moment, so
     fast answers never flash, and the hits keep their full contrast (no dimming). */
  .list {
    background-image: linear-gradient(var(--_primary), var(--_primary));
    background-repeat: no-repeat;
    background-size: 0 3px;
  }
  .list[aria-busy='true'] {
    background-size: 100% 3px;
    transition: background-size 2s 0.4s;
  }
  .list {
    list-style: none;
    padding: 0;
    margin: 0;
    display: grid;
    gap: var(--_space);
  }
  .result {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
    overflow-wrap: anywhere;
  }
  .result h3 {
    font-size: 1.0625em;
    margin: 0 0 0.25em;
  }
  button.link {
    border: 0;
    background: none;
    padding: 0;
    min-height: 0;
    vertical-align: top;
    color: var(--_primary);
    text-align: start;
    font-weight: 600;
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  .facts {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 0.75em;
    margin: 0;
    color: var(--_muted);
    font-size: 0.9375em;
  }
  .badge {
    border: 1px solid var(--_border);
    border-radius: 999px;
    padding: 0 0.5em;
    color: var(--_text);
    background: var(--_surface-2);
  }
  .kind {
    font-size: 0.8125em;
    color: var(--_muted);
    font-weight: 600;
  }
  .summary {
    margin: 0 0 0.5em;
  }
  .steps {
    margin: 0;
    padding: 0;
    list-style: none;
    display: grid;
    gap: 0.25em;
  }
  .steps li {
    display: flex;
    align-items: first baseline;
    gap: 0.4em;
  }
  .steps .number {
    flex: none;
    min-width: 1.25em;
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  .pager {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: center;
    margin-top: var(--_space);
  }
  .back {
    margin-bottom: var(--_space);
    max-width: 100%;
    white-space: normal;
    text-align: start;
  }
  .clear {
    justify-self: start;
  }
`;
