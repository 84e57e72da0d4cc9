import type { Actor } from '@attest/knowledge';
import countries from 'world-countries';
import { nameKey, typedNamesOf } from './names.ts';

/** Names short and Latin enough to type. */
const TYPED_NAME = /^[A-Z][A-Za-z.' -]{1,}$/;
/**
 * Of the package's other spellings, only abbreviations: the rest are native names ("Belgie",
 * "Zhongguo"). Two-letter codes ("BE", "CN") are no names, but for the two everyone writes.
 */
const ABBREVIATION = /^(?:[A-Z]{3,}|US|UK)$/;

/**
 * Every English name of each country, by the key of each: "United States", "United States of
 * America", "US", "USA" (from the `world-countries` package, ODbL, as packages/ingest uses it).
 */
const NAMES_BY_KEY: ReadonlyMap<string, readonly string[]> = (() => {
  const byKey = new Map<string, string[]>();
  for (const c of countries) {
    if (!c.independent && !c.unMember) continue;
    const names = [
      c.name.common,
      c.name.official,
      ...c.altSpellings.filter((n) => ABBREVIATION.test(n)),
    ].filter((n) => TYPED_NAME.test(n) && !n.includes(','));
    for (const name of names) byKey.set(nameKey(name), names);
  }
  return byKey;
})();

/**
 * Names a learner may type for an actor: its own name and aliases, and for a country the names
 * the country list gives it ("USA" for the United States), where the base has none of its own.
 */
export function acceptedNamesOf(actor: Actor): string[] {
  const own = typedNamesOf(actor);
  if (actor.kind !== 'COUNTRY') return own;
  const listed = own.flatMap((n) => NAMES_BY_KEY.get(nameKey(n)) ?? []);
  return listed.length === 0 ? own : [...new Set([...own, ...listed])];
}
