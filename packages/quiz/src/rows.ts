import { isDeepStrictEqual } from 'node:util';

/**
 * Whether two rows of a knowledge base hold the same content. Rows are plain data (strings,
 * numbers, booleans, null, arrays and plain objects), which a direct walk compares several times
 * faster than `isDeepStrictEqual`; anything else (a Date, a Map) is left to it. A server reading
 * a version back gets every row as a new object, so a changed base at 100× compares ~100,000 rows.
 */
export function sameRow(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) {
    return Number.isNaN(a) && Number.isNaN(b);
  }
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameRow(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  if (!plain(a) || !plain(b)) return isDeepStrictEqual(a, b);
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  for (const key of keys) {
    if (!Object.hasOwn(b, key)) return false;
    if (!sameRow((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key])) {
      return false;
    }
  }
  return true;
}

const plain = (value: object): boolean => {
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
};
