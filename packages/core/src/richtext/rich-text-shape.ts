/**
 * Shape guards for rich text read from a publication: a publication is data from the network, so
 * whatever JSON arrives is rebuilt into valid {@link RichText}, dropping what does not fit, before
 * anything renders it. Never throws, whatever it is given.
 */
import { isSafeLink, type Block, type Inline, type RichText } from './rich-text.js';

/** Deeper than anything the build writes; stops tampered data from exhausting the stack. */
const MAX_DEPTH = 24;

type Node = Record<string, unknown>;
const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null && !Array.isArray(value);
const listOf = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
/** Only a primitive string is text: a String object or an array shaped like template strings is not. */
const textOf = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/** The valid blocks of `value` (a list of blocks); `[]` for anything that is not rich text. */
export function toRichText(value: unknown): RichText {
  return blocksOf(value, 0);
}

/** The valid inline nodes of `value` (a list of inline nodes); `[]` for anything else. */
export function toInlines(value: unknown): Inline[] {
  return inlinesOf(value, 0);
}

function blocksOf(value: unknown, depth: number): Block[] {
  if (depth > MAX_DEPTH) return [];
  const out: Block[] = [];
  for (const item of listOf(value)) {
    const block = blockOf(item, depth);
    if (block) out.push(block);
  }
  return out;
}

function blockOf(node: unknown, depth: number): Block | undefined {
  if (!isNode(node)) return undefined;
  switch (node.t) {
    case 'p':
      return { t: 'p', c: inlinesOf(node.c, depth + 1) };
    case 'h': {
      const level = typeof node.level === 'number' && node.level >= 1 && node.level <= 6 ? (Math.floor(node.level) as 1) : 2;
      return { t: 'h', level, c: inlinesOf(node.c, depth + 1) };
    }
    case 'ul':
      return { t: 'ul', items: listOf(node.items).map((item) => blocksOf(item, depth + 1)) };
    case 'ol': {
      const start = typeof node.start === 'number' && Number.isSafeInteger(node.start) ? node.start : undefined;
      return { t: 'ol', ...(start === undefined ? {} : { start }), items: listOf(node.items).map((item) => blocksOf(item, depth + 1)) };
    }
    case 'table': {
      const row = (cells: unknown) => listOf(cells).map((cell) => inlinesOf(cell, depth + 1));
      const align = listOf(node.align).map((a) => (a === 'left' || a === 'center' || a === 'right' ? a : null));
      return { t: 'table', head: row(node.head), rows: listOf(node.rows).map(row), align };
    }
    case 'quote':
      return { t: 'quote', c: blocksOf(node.c, depth + 1) };
    default:
      return undefined;
  }
}

function inlinesOf(value: unknown, depth: number): Inline[] {
  if (depth > MAX_DEPTH) return [];
  const out: Inline[] = [];
  for (const item of listOf(value)) {
    const inline = inlineOf(item, depth);
    if (Array.isArray(inline)) out.push(...inline);
    else if (inline) out.push(inline);
  }
  return out;
}

function inlineOf(node: unknown, depth: number): Inline | Inline[] | undefined {
  if (!isNode(node)) return undefined;
  switch (node.t) {
    case 'text':
    case 'code': {
      const v = textOf(node.v);
      return v === undefined ? undefined : { t: node.t, v };
    }
    case 'strong':
    case 'em':
      return { t: node.t, c: inlinesOf(node.c, depth + 1) };
    case 'br':
      return { t: 'br' };
    case 'link': {
      const c = inlinesOf(node.c, depth + 1);
      const href = textOf(node.href);
      // A link whose target is unsafe keeps its words, as the build does.
      return href !== undefined && isSafeLink(href) ? { t: 'link', href: href.trim(), c } : c;
    }
    default:
      return undefined;
  }
}
