import { css } from 'lit';

export const guideStyles = css`
  /* The guide reads the shared theme (theme.styles.ts): light, dark, and the theme attribute. */
  :host {
    --accent: var(--onestop-guide-accent, var(--_primary));
    --on-accent: var(--onestop-guide-on-accent, var(--_on-primary));
    --surface: var(--onestop-guide-surface, var(--_surface));
    --text: var(--_text);
    --muted: var(--_muted);
    --line: var(--_border);
    --bubble: var(--_surface-2);
    --error: var(--_danger);
    line-height: var(--onestop-line-height, 1.5);
  }
  * { box-sizing: border-box; }
  .panel {
    background: var(--surface);
    color: var(--text);
    border: 1px solid var(--line);
    border-radius: 12px;
    padding: 12px;
    max-width: 768px; /* px, not rem: the host page owns the root font size */
  }
  :host([mode='launcher']) .panel {
    position: fixed;
    right: 16px;
    bottom: 80px;
    width: min(416px, calc(100vw - 32px));
    max-height: calc(100vh - 112px);
    overflow: auto;
    z-index: 2147483000;
    box-shadow: 0 8px 24px rgb(0 0 0 / 25%);
  }
  .launcher {
    position: fixed;
    right: 16px;
    bottom: 16px;
    z-index: 2147483000;
    border-radius: 999px;
    padding: 12px 20px;
    background: var(--accent);
    color: var(--on-accent);
    border: 0;
    font-family: var(--_font);
    font-size: var(--onestop-font-size, 16px);
    font-weight: 600;
    cursor: pointer;
  }
  .head { display: flex; flex-wrap: wrap; gap: 8px; align-items: baseline; justify-content: space-between; }
  .title, .outcome > h2 { font-size: 1.15em; margin: 0 0 8px; }
  .tools { display: flex; gap: 12px; }
  .log { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: 10px; }
  .turn { display: flex; flex-direction: column; gap: 6px; }
  .section h3 { font-size: 1em; margin: 8px 0 0; padding-top: 8px; border-top: 1px solid var(--line); }
  .bubble { border-radius: 12px; padding: 8px 12px; max-width: 90%; overflow-wrap: anywhere; }
  .bubble.guide { background: var(--bubble); align-self: flex-start; }
  .bubble.citizen { background: var(--accent); color: var(--on-accent); align-self: flex-end; display: flex; flex-wrap: wrap; gap: 4px 10px; align-items: baseline; }
  .bubble.citizen .link { color: inherit; }
  .carried { font-size: 0.875em; }
  .progress, .muted, .bounds { color: var(--muted); font-size: 0.875em; margin: 0 0 4px; }
  .bubble.citizen .muted { color: inherit; }
  .help { font-size: 0.95em; margin-top: 6px; }
  .controls { display: flex; flex-direction: column; gap: 8px; align-items: flex-start; }
  .chips { display: flex; flex-wrap: wrap; gap: 8px; border: 0; margin: 0; padding: 0; }
  .chip, button, .button {
    font: inherit;
    min-height: 44px;
    min-width: 44px;
    padding: 8px 14px;
    border-radius: 999px;
    border: 1px solid var(--accent);
    background: var(--surface);
    color: var(--text);
    cursor: pointer;
    text-decoration: none;
    display: inline-flex;
    align-items: center;
    gap: 6px;
  }
  .chip[aria-pressed='true'], .primary { background: var(--accent); color: var(--on-accent); }
  .chip.check input { width: 1.1em; height: 1.1em; margin: 0; }
  button.link { border: 0; background: none; padding: 4px; min-height: 32px; min-width: 0; color: var(--accent); text-decoration: underline; border-radius: 4px; }
  button:disabled { opacity: 0.6; cursor: default; }
  :is(button, a, input):focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
  /* The plan's heading takes focus only so screen readers start there; it is not a control. */
  h2[tabindex='-1']:focus { outline: none; }
  .bubble.citizen :is(button, a):focus-visible { outline-color: var(--on-accent); }
  .field { display: flex; flex-direction: column; gap: 4px; }
  .with-unit { display: inline-flex; align-items: center; gap: 8px; }
  input[type='number'], input[type='date'], input[type='text'] {
    font: inherit;
    min-height: 44px;
    padding: 6px 10px;
    border: 1px solid var(--muted);
    border-radius: 8px;
    background: var(--surface);
    color: var(--text);
    max-width: 100%;
  }
  input[aria-invalid='true'] { border-color: var(--error); border-width: 2px; }
  .error { color: var(--error); margin: 0; font-weight: 600; }
  .ask { display: flex; flex-direction: column; gap: 4px; width: 100%; }
  .ask-row { display: flex; gap: 8px; flex-wrap: wrap; }
  .ask-row input { flex: 1 1 192px; }
  .notice { background: var(--bubble); border-left: 4px solid var(--accent); padding: 6px 10px; margin: 0 0 8px; }
  .notice.error { border-left-color: var(--error); }
  .outcome { margin-top: 16px; display: flex; flex-direction: column; gap: 12px; }
  .card { border: 1px solid var(--line); border-radius: 12px; padding: 12px; }
  .card h3 { margin: 0 0 8px; font-size: 1.05em; }
  .card h4 { margin: 8px 0 4px; font-size: 1em; }
  .card ul, .card ol { margin: 0; padding-left: 1.2em; }
  .checklist ul { list-style: none; padding: 0; display: flex; flex-direction: column; gap: 8px; }
  .checklist label { display: flex; gap: 8px; align-items: flex-start; }
  .checklist input { width: 1.25em; height: 1.25em; margin-top: 0.2em; flex: none; }
  table { border-collapse: collapse; width: 100%; }
  th, td { text-align: left; padding: 4px 0; vertical-align: top; border-bottom: 1px solid var(--line); }
  td { text-align: right; white-space: nowrap; padding-left: 8px; }
  th { font-weight: normal; }
  tfoot th, tfoot td { font-weight: 700; border-bottom: 0; }
  .badge { font-size: 0.8em; border: 1px solid var(--muted); border-radius: 4px; padding: 0 4px; margin-right: 4px; }
  .big { font-size: 1.2em; font-weight: 700; margin: 0; }
  .actions { display: flex; flex-wrap: wrap; gap: 8px; }
  .share { display: flex; flex-direction: column; gap: 4px; margin-top: 8px; }
  .qr-box { margin: 12px 0 0; display: flex; flex-direction: column; align-items: center; gap: 4px; }
  .qr { width: 176px; height: 176px; }
  .status { margin: 4px 0 0; min-height: 1em; }
  a { color: var(--accent); }
  /* Host CSS such as "* { font-size: 20px; line-height: 2 }" reaches the host element, so the type is set
     on the top-level boxes, as the other elements set it on their root. */
  .panel, .launcher {
    font-family: var(--onestop-font-family, system-ui, 'Segoe UI', Roboto, 'Noto Sans', sans-serif);
    font-size: var(--onestop-font-size, 16px);
    line-height: var(--onestop-line-height, 1.5);
    letter-spacing: normal;
    text-align: start;
    text-transform: none;
  }
  .sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
  @media (prefers-reduced-motion: no-preference) {
    .turn { animation: appear 160ms ease-out; }
    @keyframes appear { from { transform: translateY(6px); } }
  }
  @media print {
    :host { color: #000; }
    .panel { border: 0; padding: 0; max-width: none; position: static !important; box-shadow: none; }
    .log, .head .tools, .launcher, .no-print, .actions, .share, .status, .notice { display: none !important; }
    .card { break-inside: avoid; border-color: #999; }
    .qr { width: 120px; height: 120px; }
  }
`;
