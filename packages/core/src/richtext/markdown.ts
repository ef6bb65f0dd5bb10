/** Markdown → {@link RichText}, at build time only: the browser never parses Markdown. */
import { Lexer, type Token, type Tokens } from 'marked';
import { isSafeLink, type Block, type Inline, type RichText } from './rich-text.js';

export interface MarkdownProblem {
  code: 'unsafe-link' | 'unsupported-markdown';
  message: string;
}

/**
 * Compiles Markdown into rich text. Raw HTML is kept as literal text, images become their alt
 * text, and links other than http(s), mailto and tel lose their target; each is reported.
 */
export function compileMarkdown(source: string, problems: MarkdownProblem[] = []): RichText {
  const tokens = new Lexer({ gfm: true }).lex(source);
  return blocks(tokens, problems);
}

function blocks(tokens: Token[], problems: MarkdownProblem[]): Block[] {
  const out: Block[] = [];
  for (const token of tokens) {
    switch (token.type) {
      case 'space':
      case 'hr':
        break;
      case 'paragraph':
        out.push({ t: 'p', c: inlines((token as Tokens.Paragraph).tokens, problems) });
        break;
      case 'text': {
        const text = token as Tokens.Text;
        out.push({ t: 'p', c: text.tokens ? inlines(text.tokens, problems) : [{ t: 'text', v: text.text }] });
        break;
      }
      case 'heading': {
        const h = token as Tokens.Heading;
        out.push({ t: 'h', level: Math.min(6, Math.max(1, h.depth)) as 1, c: inlines(h.tokens, problems) });
        break;
      }
      case 'list': {
        const list = token as Tokens.List;
        const items = list.items.map((item) => blocks(item.tokens, problems));
        out.push(list.ordered ? { t: 'ol', ...(typeof list.start === 'number' && list.start !== 1 ? { start: list.start } : {}), items } : { t: 'ul', items });
        break;
      }
      case 'table': {
        const table = token as Tokens.Table;
        out.push({
          t: 'table',
          head: table.header.map((cell) => inlines(cell.tokens, problems)),
          rows: table.rows.map((row) => row.map((cell) => inlines(cell.tokens, problems))),
          align: table.align,
        });
        break;
      }
      case 'blockquote':
        out.push({ t: 'quote', c: blocks((token as Tokens.Blockquote).tokens, problems) });
        break;
      case 'code':
        out.push({ t: 'p', c: [{ t: 'code', v: (token as Tokens.Code).text }] });
        break;
      case 'html':
        problems.push({ code: 'unsupported-markdown', message: 'HTML is not allowed in Markdown text; it is shown as plain text' });
        out.push({ t: 'p', c: [{ t: 'text', v: (token as Tokens.HTML).text.trim() }] });
        break;
      default:
        if ('raw' in token && token.raw.trim()) out.push({ t: 'p', c: [{ t: 'text', v: token.raw.trim() }] });
    }
  }
  return out;
}


function inlines(tokens: Token[] | undefined, problems: MarkdownProblem[]): Inline[] {
  const out: Inline[] = [];
  for (const token of tokens ?? []) {
    switch (token.type) {
      case 'text': {
        const text = token as Tokens.Text;
        if (text.tokens && text.tokens.length) out.push(...inlines(text.tokens, problems));
        else pushText(out, decodeEntities(text.text));
        break;
      }
      case 'escape':
        pushText(out, (token as Tokens.Escape).text);
        break;
      case 'strong':
        out.push({ t: 'strong', c: inlines((token as Tokens.Strong).tokens, problems) });
        break;
      case 'em':
        out.push({ t: 'em', c: inlines((token as Tokens.Em).tokens, problems) });
        break;
      case 'del':
        out.push(...inlines((token as Tokens.Del).tokens, problems));
        break;
      case 'codespan':
        out.push({ t: 'code', v: decodeEntities((token as Tokens.Codespan).text) });
        break;
      case 'br':
        out.push({ t: 'br' });
        break;
      case 'link': {
        const link = token as Tokens.Link;
        const children = inlines(link.tokens, problems);
        if (isSafeLink(link.href)) out.push({ t: 'link', href: link.href.trim(), c: children });
        else {
          problems.push({ code: 'unsafe-link', message: `link "${link.href}" is not http(s), mailto or tel; it is shown as text` });
          out.push(...children);
        }
        break;
      }
      case 'image': {
        const image = token as Tokens.Image;
        const target = isSafeLink(image.href) ? '' : ` (its target "${image.href}" is dropped)`;
        problems.push({ code: 'unsupported-markdown', message: `images are not shown; only the text "${image.text}" is${target}` });
        pushText(out, image.text);
        break;
      }
      case 'html':
        problems.push({ code: 'unsupported-markdown', message: 'HTML is not allowed in Markdown text; it is shown as plain text' });
        pushText(out, (token as Tokens.Tag).raw);
        break;
      default:
        if ('raw' in token) pushText(out, token.raw);
    }
  }
  return out;
}

function pushText(out: Inline[], v: string): void {
  if (!v) return;
  const last = out[out.length - 1];
  if (last && last.t === 'text') last.v += v;
  else out.push({ t: 'text', v });
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };
/** marked escapes these in text tokens; the rich-text form holds the characters themselves. */
function decodeEntities(s: string): string {
  return s.replace(/&(amp|lt|gt|quot|#39);/g, (m) => ENTITIES[m] ?? m);
}

/** Compiles a Markdown text in every locale. */
export function compileLocalizedMarkdown(text: Record<string, string>): Record<string, RichText>;
export function compileLocalizedMarkdown(text: Record<string, string> | undefined): Record<string, RichText> | undefined;
export function compileLocalizedMarkdown(text: Record<string, string> | undefined): Record<string, RichText> | undefined {
  return text && Object.fromEntries(Object.entries(text).map(([locale, s]) => [locale, compileMarkdown(s)]));
}
