/**
 * Seeded randomness. The quiz never calls Math.random: every choice that varies comes from a
 * generator seeded by the caller's seed, so the same seed always gives the same quiz.
 */

/** A [0, 1) number generator. */
export type Rng = () => number;

/** cyrb53: a fast, well-spread 53-bit string hash (not cryptographic). */
export function hash53(text: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

const DIGITS = Array.from('0123456789abcdefghijklmnopqrstuv', (c) => c.charCodeAt(0));
const digit = (bits: number) => DIGITS[bits & 31] as number;

/**
 * An 11-character base-32 digest of `text` (Number#toString(36) is needlessly slow here): the
 * hash split into its low 30 and high 23 bits, five bits a character, most significant first.
 */
export function digest(text: string): string {
  const h = hash53(text);
  const lo = h % 1073741824;
  const hi = Math.floor(h / 1073741824);
  return String.fromCharCode(
    digit(hi >>> 20),
    digit(hi >>> 15),
    digit(hi >>> 10),
    digit(hi >>> 5),
    digit(hi),
    digit(lo >>> 25),
    digit(lo >>> 20),
    digit(lo >>> 15),
    digit(lo >>> 10),
    digit(lo >>> 5),
    digit(lo),
  );
}

/** mulberry32, seeded from any string: small, fast and good enough for shuffling options. */
export function createRng(seed: string): Rng {
  let state = hash53(seed) >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A shuffled copy (Fisher–Yates). */
export function shuffle<T>(items: readonly T[], rng: Rng): T[] {
  const copy = items.slice();
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}
