import type { Db } from './db.ts';

/**
 * Whether the database orders text (its default collation) by code point, as
 * `compareCodePoints` does, so that the process can tell where a row falls in an ORDER BY id
 * without asking it: the C collations. Asked once per client (a failed ask is asked again).
 */
export function collatesByCodePoint(prisma: Db): Promise<boolean> {
  const known = collations.get(prisma);
  if (known) return known;
  const asked = prisma.$queryRaw<{ collate: string }[]>`
    SELECT datcollate AS collate FROM pg_database WHERE datname = current_database()
  `.then(([row]) => ['C', 'POSIX', 'C.UTF-8', 'C.utf8'].includes(row?.collate ?? ''));
  collations.set(prisma, asked);
  asked.catch(() => {
    if (collations.get(prisma) === asked) collations.delete(prisma);
  });
  return asked;
}

const collations = new WeakMap<Db, Promise<boolean>>();

/** Code point order (UTF-16 units compared as the code points they encode): the C collation's. */
export function compareCodePoints(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) return codePointRank(x) - codePointRank(y);
  }
  return a.length - b.length;
}

/** Surrogates encode code points above every other unit's: they sort after U+E000–U+FFFF. */
const codePointRank = (unit: number) =>
  unit >= 0xe000 ? unit - 0x800 : unit >= 0xd800 ? unit + 0x2000 : unit;
