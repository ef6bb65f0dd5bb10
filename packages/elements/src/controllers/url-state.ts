/**
 * The catalog browser's state (query, filters, page, open procedure) in the URL, as one query
 * parameter or in the hash, so back/forward, reload and shared links work. Other parameters of the
 * host page are left alone.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface CatalogViewState {
  query: string;
  filters: Record<string, string[]>;
  free: boolean;
  page: number;
  open: string;
}

export const EMPTY_VIEW: CatalogViewState = { query: '', filters: {}, free: false, page: 1, open: '' };

export function encodeView(view: CatalogViewState): string {
  const params = new URLSearchParams();
  if (view.query) params.set('q', view.query);
  for (const [facet, values] of Object.entries(view.filters)) if (values.length) params.set(facet, values.join(','));
  if (view.free) params.set('free', '1');
  if (view.page > 1) params.set('page', String(view.page));
  if (view.open) params.set('open', view.open);
  return params.toString();
}

export function decodeView(text: string, facets: readonly string[]): CatalogViewState {
  const params = new URLSearchParams(text);
  const filters: Record<string, string[]> = {};
  for (const facet of facets) {
    const values = (params.get(facet) ?? '').split(',').filter(Boolean);
    if (values.length) filters[facet] = values;
  }
  const page = Number(params.get('page'));
  return {
    query: params.get('q') ?? '',
    filters,
    free: params.get('free') === '1',
    page: Number.isInteger(page) && page > 1 ? page : 1,
    open: params.get('open') ?? '',
  };
}

export type UrlMode = 'query' | 'hash' | 'none';

export class UrlStateController implements ReactiveController {
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: () => { mode: UrlMode; param: string },
    private readonly onChange: (text: string) => void,
  ) {
    host.addController(this);
  }

  private readonly onPop = () => this.onChange(this.read());

  hostConnected(): void {
    window.addEventListener('popstate', this.onPop);
    window.addEventListener('hashchange', this.onPop);
  }

  hostDisconnected(): void {
    window.removeEventListener('popstate', this.onPop);
    window.removeEventListener('hashchange', this.onPop);
  }

  /** The state text stored in the URL now. */
  read(): string {
    const { mode, param } = this.options();
    if (mode === 'none') return '';
    const source = mode === 'hash' ? new URLSearchParams(location.hash.slice(1)) : new URLSearchParams(location.search);
    return source.get(param) ?? '';
  }

  /** Stores the state; `push` makes a history entry (a new page, filter or procedure), otherwise replaces it (typing). */
  write(text: string, push: boolean): void {
    const { mode, param } = this.options();
    if (mode === 'none' || text === this.read()) return;
    const url = new URL(location.href);
    if (mode === 'hash') {
      const hash = new URLSearchParams(url.hash.slice(1));
      if (text) hash.set(param, text);
      else hash.delete(param);
      url.hash = hash.toString();
    } else if (text) url.searchParams.set(param, text);
    else url.searchParams.delete(param);
    try {
      if (push) history.pushState(history.state, '', url);
      else history.replaceState(history.state, '', url);
    } catch {
      // A sandboxed frame may refuse history changes: the page still works, only without links.
    }
  }
}
