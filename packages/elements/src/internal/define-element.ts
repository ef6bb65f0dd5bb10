/**
 * Guarded registration: a page may load two copies of Onestop (two embeds, two versions).
 * Defining a tag twice throws, so skip a tag already defined by the same class, and warn — naming
 * both versions — when another copy holds it.
 */
export const ONESTOP_VERSION = '0.1.0';

const VERSION_KEY = Symbol.for('onestop.version');

type VersionedConstructor = CustomElementConstructor & { [VERSION_KEY]?: string };

export function defineElement(tag: string, element: CustomElementConstructor): void {
  const registry = globalThis.customElements;
  if (!registry) return;
  const existing = registry.get(tag) as VersionedConstructor | undefined;
  if (existing === element) return;
  if (existing) {
    console.warn(
      `<${tag}> is already defined by Onestop ${existing[VERSION_KEY] ?? 'of an unknown version'}; this copy (${ONESTOP_VERSION}) is not registered. Load Onestop once per page.`,
    );
    return;
  }
  (element as VersionedConstructor)[VERSION_KEY] = ONESTOP_VERSION;
  registry.define(tag, element);
}
