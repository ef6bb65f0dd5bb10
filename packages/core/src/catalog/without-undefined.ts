/** The object without its `undefined` fields, so published JSON has no empty keys and stays byte-stable. */
export function withoutUndefined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}
