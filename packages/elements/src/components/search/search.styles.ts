import { css } from 'lit';

export const searchStyles = css`
  .root {
    position: relative;
    padding: var(--_space);
    border-radius: var(--_radius);
  }
  label {
    display: block;
    font-weight: 600;
    margin-bottom: calc(var(--_space) * 0.5);
  }
  /* Examples of what to type: a line that wraps at any width, where a placeholder would be cut off. */
  .hint {
    margin: 0 0 calc(var(--_space) * 0.5);
    font-size: 0.875em;
    color: var(--_muted);
  }
  .field {
    display: flex;
    gap: calc(var(--_space) * 0.5);
  }
  input {
    flex: 1;
    min-width: 0;
    min-height: 2.75em;
    padding: calc(var(--_space) * 0.5) var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  [role='listbox'] {
    list-style: none;
    margin: calc(var(--_space) * 0.5) 0 0;
    padding: calc(var(--_space) * 0.5);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    max-height: 24em;
    overflow-y: auto;
    position: var(--onestop-search-popup-position, absolute);
    /* Lined up with the field above it, not with the element's padding. */
    inset-inline: var(--_space);
    z-index: 10;
    box-shadow: 0 4px 16px rgb(0 0 0 / 0.15);
  }
  /* The previous answer while a query's parts load: a line fills along the top after a moment, so
     fast answers never flash, and the hits keep their full contrast (no dimming). */
  [role='listbox'] {
    background-image: linear-gradient(var(--_primary), var(--_primary));
    background-repeat: no-repeat;
    background-size: 0 3px;
  }
  [aria-busy='true'] {
    background-size: 100% 3px;
    transition: background-size 2s 0.4s;
  }
  /* "Searching…" with nothing to show yet: after the same moment, for the same reason. */
  .searching {
    animation: onestop-wait 0.4s step-end;
  }
  @keyframes onestop-wait {
    from {
      visibility: hidden;
    }
  }
  [role='option'] {
    padding: calc(var(--_space) * 0.75) var(--_space);
    border-radius: calc(var(--_radius) * 0.75);
    cursor: pointer;
    display: grid;
    gap: 0.125em;
  }
  [role='option'][aria-selected='true'] {
    background: var(--_surface-2);
    outline: 2px solid var(--_focus);
    outline-offset: -2px;
  }
  .name {
    font-weight: 600;
  }
  .note {
    margin: calc(var(--_space) * 0.5) 0 0;
    font-size: 0.875em;
    color: var(--_muted);
  }
  .kind {
    font-size: 0.8125em;
    color: var(--_muted);
  }
  .summary {
    font-size: 0.875em;
    color: var(--_muted);
    display: -webkit-box;
    -webkit-line-clamp: 2;
    -webkit-box-orient: vertical;
    overflow: hidden;
  }
  .empty {
    padding: var(--_space) 0 0;
    display: grid;
    gap: calc(var(--_space) * 0.5);
  }
  .empty p {
    margin: 0;
  }
  .heading {
    font-weight: 600;
    font-size: 0.875em;
    color: var(--_muted);
    padding: calc(var(--_space) * 0.5) var(--_space) 0;
  }
  .link-button {
    border: 0;
    background: none;
    padding: 0;
    min-height: 0;
    color: var(--_primary);
    text-decoration: underline;
  }
`;
