/**
 * Checks on every value of a source file that JSON Schema cannot make: nesting depth, numbers
 * that are not finite (YAML's `.inf`, `.nan`, `1e309`) and control characters in text.
 */
import { problemAt, type ParsedSourceFile, type PathSegment } from './source-files.js';
import type { CatalogProblem } from '../catalog/problem.js';

/** Deeper than any real catalog file; keeps the recursive checks that follow far from the stack limit. */
export const MAX_NESTING = 64;

/**
 * Characters that move the cursor, ring, set titles or reorder text on a terminal or screen: C0
 * controls except tab and line feed, DEL, C1 controls, and the bidirectional overrides.
 */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/** Shows a control character as its code, e.g. `U+001B`, so a message never prints it raw. */
export function controlCharacterName(text: string): string | undefined {
  const m = CONTROL.exec(text);
  return m ? `U+${m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}` : undefined;
}

/** Reports every bad value once, at its own path; returns the paths reported so the schema does not repeat them. */
export function checkValues(file: ParsedSourceFile, problems: CatalogProblem[]): Set<string> {
  const reported = new Set<string>();
  const add = (path: PathSegment[], code: string, message: string, hint: string) => {
    problems.push(problemAt(file, path, 'error', code, message, hint));
    reported.add(pointer(path));
  };
  const stack: { value: unknown; path: PathSegment[] }[] = [{ value: file.data, path: [] }];
  while (stack.length) {
    const { value, path } = stack.pop()!;
    if (path.length > MAX_NESTING) {
      add(path.slice(0, MAX_NESTING), 'too-deep', `the fields are nested more than ${MAX_NESTING} levels deep`, 'a catalog file needs a few levels: check the indentation, or for [ and { that are never closed');
      reported.add('');
      return reported;
    }
    if (typeof value === 'number') {
      if (Number.isNaN(value)) add(path, 'not-a-number', 'this is not a number (NaN)', 'write digits only, e.g. 200000');
      else if (!Number.isFinite(value)) add(path, 'not-a-number', 'this number is infinite (too large to store)', 'write the real amount with digits only, e.g. 200000');
      else if (Number.isInteger(value) && !Number.isSafeInteger(value)) add(path, 'out-of-range', `${value} is too large to be stored exactly`, 'check the number of digits');
    } else if (typeof value === 'string') {
      const control = controlCharacterName(value);
      if (control) add(path, 'control-character', `the text contains the invisible control character ${control}`, 'delete it: catalog texts may contain tabs and line breaks, but no terminal or formatting codes');
    } else if (Array.isArray(value)) {
      value.forEach((item, i) => stack.push({ value: item, path: [...path, i] }));
    } else if (value && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) {
        const control = controlCharacterName(key);
        if (control) add([...path, key], 'control-character', `the field name contains the invisible control character ${control}`, 'delete it and retype the field name');
        else stack.push({ value: item, path: [...path, key] });
      }
    }
  }
  return reported;
}

/** The JSON Pointer Ajv uses for the same place (`/fees/0/amount`). */
export function pointer(path: readonly PathSegment[]): string {
  return path.map((s) => `/${String(s).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}
