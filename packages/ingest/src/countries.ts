import countries from 'world-countries';

/** A country as the `world-countries` package (ODbL) describes it, in English. */
export interface CountryFacts {
  name: string;
  /** Other English names: official name, short forms ("USA", "Great Britain"). */
  names: string[];
  /** "French", "South Korean"; plural forms for the -an ones ("Americans"). */
  demonyms: string[];
  capitals: string[];
}

const LATIN_NAME = /^[A-Z][A-Za-z.' -]{2,}$/;

export const COUNTRIES: readonly CountryFacts[] = countries
  .filter((c) => c.independent || c.unMember)
  .map((c) => {
    const demonyms = new Set<string>();
    for (const d of [c.demonyms?.eng?.m, c.demonyms?.eng?.f]) {
      if (!d) continue;
      demonyms.add(d);
      if (/an$/.test(d)) demonyms.add(`${d}s`);
    }
    return {
      name: c.name.common,
      names: [c.name.official, ...c.altSpellings].filter(
        (n) => LATIN_NAME.test(n) && n !== c.name.common && !n.includes(','),
      ),
      demonyms: [...demonyms],
      // "Washington D.C." is written "Washington" when it stands for the government.
      capitals: c.capital.flatMap((cap) => [cap, cap.replace(/,? D\.C\.$/, '')]),
    };
  });
