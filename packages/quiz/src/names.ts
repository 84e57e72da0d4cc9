import { type Actor, normalizeName } from '@attest/knowledge';

/**
 * Comparing names the way a reader would: case, diacritics, punctuation and a leading "the"
 * do not matter ("the AP4" = "AP4", "Billstrom" = "Billström").
 */
export function nameKey(name: string): string {
  return remember(keys, name, () => normalize(name).replace(/^the /, ''));
}

/** The actor's name and every alias, as written. */
export const namesOf = (actor: Actor): string[] => [
  actor.name,
  ...actor.aliases.map((a) => a.name),
];

/**
 * Names a learner may type: all but misspellings, which exist to find the actor in a text ("Tobias
 * c" for Tobias Billström), not to be taught. Case and diacritics are forgiven when comparing.
 */
export const typedNamesOf = (actor: Actor): string[] => [
  actor.name,
  ...actor.aliases.filter((a) => a.kind !== 'MISSPELLING').map((a) => a.name),
];

/**
 * Named only by a description ("An anonymous Indo-Pacific diplomat", "Two NATO officials",
 * "Donald Trump's acolytes"): who they are is unknown, so nothing shows them a wrong answer, and
 * they are never offered as one.
 */
export const isUnnamed = (actor: Actor): boolean =>
  UNNAMED.test(actor.name) || SOMEONES_PEOPLE.test(actor.name);

const UNNAMED = /^(an?|one|two|three|four|five|several|some)\s/i;
/** A possessive before a plural common noun, and nothing after: "Trump's acolytes". */
const SOMEONES_PEOPLE = /['’]s\s+\p{Ll}+s$/u;

export const nameKeysOf = (actor: Actor): string[] => [...new Set(namesOf(actor).map(nameKey))];

/** Normalized text padded with spaces, so that `mentions` matches whole words only. */
export const searchable = (text: string): string => ` ${normalize(text)} `;

/** Typographic punctuation that normalizeName turns into a space. */
const PUNCTUATION = new Set([0x2018, 0x201c, 0x201d, 0x2013, 0x2014, 0x2026, 0x00ab, 0x00bb]);

/**
 * normalizeName in one pass for the common case (ASCII letters, digits and punctuation, curly
 * quotes, dashes): prompts are normalized for every question, and the Unicode-aware regular
 * expressions are the slow part. Anything else (a letter with a diacritic) goes to normalizeName.
 * Words are copied whole, not a character at a time: fewer strings for the garbage collector.
 */
export function normalize(text: string): string {
  let out = '';
  let gap = false;
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    // A space past the end closes the last word.
    const c = i < text.length ? text.charCodeAt(i) : 32;
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
      if (start < 0) {
        if (gap && out.length > 0) out += ' ';
        gap = false;
        start = i;
      }
      continue;
    }
    if (start >= 0) {
      out += text.slice(start, i);
      start = -1;
    }
    if (c === 39 || c === 96 || c === 0x2019) {
      // Apostrophes vanish: "NATO's" → "natos", as in normalizeName.
    } else if (c < 128 || PUNCTUATION.has(c)) {
      gap = true;
    } else {
      return normalizeName(text);
    }
  }
  // Only ASCII letters, digits and spaces are left: lowercasing cannot change the length.
  return out.toLowerCase();
}

/**
 * Whether a name (by its key) occurs as whole words in text made `searchable`, or as a
 * possessive: "Japan's mission" names Japan (`normalize` writes it "japans").
 */
export function mentions(searchableText: string, key: string): boolean {
  if (key.length === 0) return false;
  // Cheap test first: most keys are not in the text at all.
  const at = searchableText.indexOf(key);
  if (at <= 0) return false;
  return (
    searchableText.includes(` ${key} `, at - 1) || searchableText.includes(` ${key}s `, at - 1)
  );
}

/** Whether any of these names (by key) occurs in the text, as `mentions` does. */
export const mentionsAny = (searchableText: string, keys: readonly string[]): boolean =>
  keys.some((key) => mentions(searchableText, key));

/** The same names are compared over and over (option texts, aliases). */
const keys = new Map<string, string>();
const MEMO_LIMIT = 200_000;

function remember(memo: Map<string, string>, text: string, compute: () => string): string {
  let value = memo.get(text);
  if (value === undefined) {
    if (memo.size >= MEMO_LIMIT) memo.clear();
    value = compute();
    memo.set(text, value);
  }
  return value;
}
