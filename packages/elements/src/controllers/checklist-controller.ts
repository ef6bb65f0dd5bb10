/**
 * The citizen's ticks on a procedure's document checklist, kept in localStorage per publication
 * (catalog id) and procedure, so a reload or a second visit keeps them.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class ChecklistController implements ReactiveController {
  private key = '';
  private ticked = new Set<string>();

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Switches to the checklist of one procedure of one catalog. */
  use(catalogId: string, procedure: string): void {
    const key = `onestop-checklist:${catalogId}:${procedure}`;
    if (key === this.key) return;
    this.key = key;
    this.ticked = new Set(read(key));
  }

  has(document: string): boolean {
    return this.ticked.has(document);
  }

  count(documents: readonly string[]): number {
    return documents.filter((d) => this.ticked.has(d)).length;
  }

  toggle(document: string, on: boolean): void {
    if (on) this.ticked.add(document);
    else this.ticked.delete(document);
    try {
      localStorage.setItem(this.key, JSON.stringify([...this.ticked]));
    } catch {
      // Storage blocked: ticks last for this visit only.
    }
    this.host.requestUpdate();
  }
}

function read(key: string): string[] {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(key) ?? '[]');
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  } catch {
    return [];
  }
}
