// A TypeScript consumer of the public types, type-checked under moduleResolution bundler and node16.
import { createSearch, isSafeLink, type CatalogSearch, type RichText, type SearchHit } from '@onestop/core';
import type { Publication } from '@onestop/core/node';
import { OnestopRichText, defineElement, ONESTOP_VERSION } from '@onestop/elements';
import { OnestopSearch } from '@onestop/elements/search';
import { OnestopGuide } from '@onestop/elements/guide';

const text: RichText = [{ t: 'p', c: [{ t: 'text', v: 'Nộp hồ sơ tại ' }, { t: 'link', href: 'https://dichvucong.gov.vn', c: [{ t: 'text', v: 'Cổng DVC' }] }] }];

// The tag map types document.createElement and querySelector.
const element: OnestopRichText = document.createElement('onestop-rich-text');
element.content = text;
element.inline = true;
const found: OnestopRichText | null = document.querySelector('onestop-rich-text');
// @ts-expect-error content is rich text, not an HTML string
element.content = '<p>html</p>';
// @ts-expect-error inline is a boolean
element.inline = 'yes';

export function firstHit(search: CatalogSearch, query: string): SearchHit | undefined {
  return search.search(query, { limit: 1 }).hits[0];
}
// One element's sub-path brings its class, typed, and its tag in the tag map.
const box: OnestopSearch = document.createElement('onestop-search');
box.limit = 5;
const guide: OnestopGuide | null = document.querySelector('onestop-guide');
void guide?.restart();
export const usable = [createSearch, isSafeLink('mailto:a@b.vn'), defineElement, ONESTOP_VERSION, found, box] as const;
export type PublishedCatalog = Publication['catalog'];

// Onestop events are typed in HTMLElementEventMap and DocumentEventMap: detail is known without a cast.
document.addEventListener('onestop-select', (event) => {
  const id: string = event.detail.id;
  // @ts-expect-error a selection's detail has no query
  void event.detail.query;
  void id;
});
document.querySelector('onestop-search')?.addEventListener('onestop-search', (event) => {
  const total: number = event.detail.total;
  void total;
});
