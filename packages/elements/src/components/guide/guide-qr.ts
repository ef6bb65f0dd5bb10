/** A QR code as SVG through a Lit template: one path of unit squares, no canvas, no HTML string. */
import { svg, type SVGTemplateResult } from 'lit';
import { correction, generate } from 'lean-qr/nano';

/** The quiet zone the QR standard asks for around the code, in modules. */
const QUIET = 4;

export function qrCode(text: string, label: string): SVGTemplateResult {
  const code = generate(text, { minCorrectionLevel: correction.M });
  let d = '';
  for (let y = 0; y < code.size; y++) for (let x = 0; x < code.size; x++) if (code.get(x, y)) d += `M${x + QUIET} ${y + QUIET}h1v1h-1z`;
  const full = code.size + QUIET * 2;
  return svg`<svg part="qr" class="qr" viewBox="0 0 ${full} ${full}" role="img" aria-label=${label} shape-rendering="crispEdges" data-modules=${code.size}>
    <rect width=${full} height=${full} fill="#fff"></rect><path d=${d} fill="#000"></path></svg>`;
}
