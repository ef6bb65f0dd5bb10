import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { toRichText, type Block, type Inline, type RichText } from '@onestop/core';
import { richTextStyles } from './rich-text.styles.js';

/**
 * Renders Onestop rich text — the structured form the build makes from Markdown — with templates.
 * No HTML string is ever parsed; links other than http(s), mailto and tel are shown as text.
 *
 * @summary Safe rendering of catalog rich text.
 * @csspart link - Each link.
 * @cssprop --onestop-rich-text-color - Text colour (default: --onestop-color-text, else the page's).
 * @cssprop --onestop-color-text - Text colour when --onestop-rich-text-color is not set.
 * @cssprop --onestop-color-link - Link colour.
 * @cssprop --onestop-color-border - Table and quotation borders.
 * @cssprop --onestop-color-focus - The focus ring of links.
 * @cssprop --onestop-line-height - Line height (default 1.5).
 */
export class OnestopRichText extends LitElement {
  static override styles = richTextStyles;

  /** The rich text to show; anything that is not rich text renders nothing. */
  @property({ attribute: false }) content: RichText | undefined;

  /** Render as inline text (first paragraph only), e.g. inside a list item or a button label. */
  @property({ type: Boolean, reflect: true }) inline = false;

  override render() {
    // Publication data comes from the network: rebuilt into valid rich text before any template sees it.
    const content = toRichText(this.content);
    if (this.inline) {
      const first = content.find((b) => b.t === 'p' || b.t === 'h');
      return first && (first.t === 'p' || first.t === 'h') ? renderInlines(first.c) : nothing;
    }
    return content.map(renderBlock);
  }
}

function renderBlock(block: Block): TemplateResult | typeof nothing {
  switch (block.t) {
    case 'p':
      return html`<p>${renderInlines(block.c)}</p>`;
    case 'h':
      return renderHeading(block.level, renderInlines(block.c));
    case 'ul':
      return html`<ul>${block.items.map((item) => html`<li>${renderItem(item)}</li>`)}</ul>`;
    case 'ol':
      return html`<ol start=${block.start ?? 1}>${block.items.map((item) => html`<li>${renderItem(item)}</li>`)}</ol>`;
    case 'table':
      return html`<table>
        <thead><tr>${block.head.map((cell, i) => html`<th scope="col" class=${alignClass(block.align?.[i])}>${renderInlines(cell)}</th>`)}</tr></thead>
        <tbody>${block.rows.map((row) => html`<tr>${row.map((cell, i) => html`<td class=${alignClass(block.align?.[i])}>${renderInlines(cell)}</td>`)}</tr>`)}</tbody>
      </table>`;
    case 'quote':
      return html`<blockquote>${block.c.map(renderBlock)}</blockquote>`;
  }
}

/** A tight list item is one paragraph: render its text without the paragraph margin. */
function renderItem(item: Block[]) {
  if (item.length === 1 && item[0]!.t === 'p') return renderInlines(item[0]!.c);
  return item.map(renderBlock);
}

/** Classes, not style attributes: inline styles are blocked by a strict Content Security Policy. */
function alignClass(align: string | null | undefined): string {
  return align === 'center' || align === 'right' || align === 'left' ? `align-${align}` : '';
}

function renderHeading(level: number, content: unknown): TemplateResult {
  switch (level) {
    case 1:
    case 2:
      return html`<h2>${content}</h2>`;
    case 3:
      return html`<h3>${content}</h3>`;
    case 4:
      return html`<h4>${content}</h4>`;
    case 5:
      return html`<h5>${content}</h5>`;
    default:
      return html`<h6>${content}</h6>`;
  }
}

function renderInlines(nodes: readonly Inline[]): unknown[] {
  return nodes.map(renderInline);
}

function renderInline(node: Inline): unknown {
  switch (node.t) {
    case 'text':
      return node.v;
    case 'strong':
      return html`<strong>${renderInlines(node.c)}</strong>`;
    case 'em':
      return html`<em>${renderInlines(node.c)}</em>`;
    case 'code':
      return html`<code>${node.v}</code>`;
    case 'br':
      return html`<br />`;
    case 'link':
      return html`<a part="link" href=${node.href} rel="noopener noreferrer">${renderInlines(node.c)}</a>`;
  }
}
