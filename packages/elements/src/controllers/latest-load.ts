/**
 * Async data for an element where only the latest request counts: when the language or the
 * procedure changes quickly, a slower earlier answer is dropped, so no page mixes two languages.
 */
import type { ReactiveControllerHost } from 'lit';
import { StoreError } from './catalog-store.js';

export class LatestLoad<T> {
  value: T | undefined;
  error: StoreError | undefined;
  pending = false;
  private key: string | undefined;

  constructor(private readonly host: ReactiveControllerHost) {}

  /** Starts loading for `key` unless that is already the latest request. */
  load(key: string, loader: () => Promise<T>): void {
    if (key === this.key) return;
    this.key = key;
    this.value = undefined;
    this.error = undefined;
    this.pending = true;
    let promise: Promise<T>;
    try {
      promise = loader();
    } catch (error) {
      promise = Promise.reject(error);
    }
    promise.then(
      (value) => this.settle(key, value, undefined),
      (error: unknown) => this.settle(key, undefined, error instanceof StoreError ? error : new StoreError('malformed', String(error))),
    );
  }

  /** Forget the current answer so the next `load` runs again (retry). */
  reset(): void {
    this.key = undefined;
  }

  private settle(key: string, value: T | undefined, error: StoreError | undefined): void {
    if (key !== this.key) return;
    this.value = value;
    this.error = error;
    this.pending = false;
    this.host.requestUpdate();
  }
}
