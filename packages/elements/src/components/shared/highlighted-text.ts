/** Text with core's highlight ranges shown as <mark>: ranges, never HTML. */
import { html } from 'lit';
import type { Highlight } from '@onestop/core';

export function highlightedText(text: string, ranges: readonly Highlight[], field: Highlight['field']) {
  const own = ranges.filter((r) => r.field === field && r.start < r.end && r.end <= text.length).sort((a, b) => a.start - b.start);
  const parts: unknown[] = [];
  let at = 0;
  for (const r of own) {
    if (r.start < at) continue;
    parts.push(text.slice(at, r.start), html`<mark part="mark">${text.slice(r.start, r.end)}</mark>`);
    at = r.end;
  }
  parts.push(text.slice(at));
  return parts;
}
