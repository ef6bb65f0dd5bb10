/** A QR code as SVG through a Lit template: one path of unit squares, no canvas, no HTML string. */
import { svg, type SVGTemplateResult } from 'lit';
import { encode } from 'uqr';

/** The quiet zone the QR standard asks for around the code, in modules. */
const QUIET = 4;

export function qrCode(text: string, label: string): SVGTemplateResult {
  const { data, size } = encode(text, { ecc: 'M', border: 0 });
  let d = '';
  data.forEach((row, y) => row.forEach((dark, x) => {
    if (dark) d += `M${x + QUIET} ${y + QUIET}h1v1h-1z`;
  }));
  const full = size + QUIET * 2;
  return svg`<svg part="qr" class="qr" viewBox="0 0 ${full} ${full}" role="img" aria-label=${label} shape-rendering="crispEdges" data-modules=${size}>
    <rect width=${full} height=${full} fill="#fff"></rect><path d=${d} fill="#000"></path></svg>`;
}
