/**
 * The safe, structured rich-text form that the build produces from Markdown and the elements
 * render with templates. It holds no HTML: only these node kinds, and links limited to
 * http(s), mailto and tel.
 */
export type Inline =
  | { t: 'text'; v: string }
  | { t: 'strong'; c: Inline[] }
  | { t: 'em'; c: Inline[] }
  | { t: 'code'; v: string }
  | { t: 'link'; href: string; c: Inline[] }
  | { t: 'br' };

export type Block =
  | { t: 'p'; c: Inline[] }
  | { t: 'h'; level: 1 | 2 | 3 | 4 | 5 | 6; c: Inline[] }
  | { t: 'ul'; items: Block[][] }
  | { t: 'ol'; start?: number; items: Block[][] }
  | { t: 'table'; head: Inline[][]; rows: Inline[][][]; align?: ('left' | 'center' | 'right' | null)[] }
  | { t: 'quote'; c: Block[] };

export type RichText = Block[];

const SAFE_LINK = /^(https?:\/\/|mailto:|tel:)/i;

/** True for the link targets rich text may carry: http(s), mailto and tel. */
export function isSafeLink(href: string): boolean {
  return SAFE_LINK.test(href.trim());
}

/** Plain text of inline nodes, for search, terminals and aria labels. */
export function inlineToPlain(nodes: readonly Inline[]): string {
  return nodes
    .map((n) => {
      switch (n.t) {
        case 'text':
        case 'code':
          return n.v;
        case 'br':
          return '\n';
        default:
          return inlineToPlain(n.c);
      }
    })
    .join('');
}

/** Plain text of a rich text, blocks separated by blank lines and list items by new lines. */
export function richTextToPlain(blocks: RichText | undefined): string {
  if (!blocks) return '';
  return blocks.map(blockToPlain).join('\n\n');
}

function blockToPlain(b: Block): string {
  switch (b.t) {
    case 'p':
    case 'h':
      return inlineToPlain(b.c);
    case 'ul':
    case 'ol':
      return b.items.map((item, i) => `${b.t === 'ol' ? `${(b.start ?? 1) + i}.` : '•'} ${item.map(blockToPlain).join(' ')}`).join('\n');
    case 'table':
      return [b.head, ...b.rows].map((row) => row.map(inlineToPlain).join(' | ')).join('\n');
    case 'quote':
      return b.c.map(blockToPlain).join('\n');
  }
}
