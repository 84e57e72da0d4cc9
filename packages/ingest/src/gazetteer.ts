import { type ActorKind, normalizeName } from '@attest/knowledge';
import { COUNTRIES, type CountryFacts } from './countries.ts';
import type { KnownActor, LinkVia } from './types.ts';

/** What a form in the gazetteer stands for: a known actor, or a country not yet known. */
export type Target = { known: KnownActor } | { country: CountryFacts };

export interface Entry {
  form: string;
  target: Target;
  /** The country facts behind a country's forms (for its demonyms). */
  country?: CountryFacts;
  via: LinkVia;
  /** A metonym stands for its government or country when it acts: "Beijing said". */
  metonym: boolean;
  kind: ActorKind;
}

export interface Gazetteer {
  lookup(key: string): readonly Entry[] | undefined;
  /** Longest form, in words. */
  maxWords: number;
  /** Forms that begin lowercase ("liaison office in Japan") match only as written. */
  lowercaseForms: Set<string>;
  /** The first word of every form, folded: most tokens can be skipped at once. */
  firstWords: Set<string>;
}

/** Folded for lookup: "The U.S." → "u s", "Beijing’s Foreign Ministry" → "beijings foreign ministry". */
export const formKey = (form: string) => normalizeName(form).replace(/^the /, '');

export const targetId = (t: Target) => ('known' in t ? t.known.id : `country:${t.country.name}`);
export const targetName = (t: Target) => ('known' in t ? t.known.name : t.country.name);

/**
 * Every name the text may use for an actor: the known actors' names and aliases, their
 * surnames, and every country's names, demonyms and capitals (tied to the known actor for that
 * country when there is one).
 */
export function buildGazetteer(actors: readonly KnownActor[]): Gazetteer {
  const map = new Map<string, Entry[]>();
  const lowercaseForms = new Set<string>();
  const firstWords = new Set<string>();
  let maxWords = 1;
  const add = (form: string, entry: Omit<Entry, 'form'>) => {
    const key = formKey(form);
    if (key === '' || key.length < 2) return;
    const list = map.get(key) ?? [];
    if (list.some((e) => targetId(e.target) === targetId(entry.target) && e.via === entry.via))
      return;
    list.push({ form, ...entry });
    map.set(key, list);
    const keyWords = key.split(' ');
    maxWords = Math.max(maxWords, keyWords.length);
    firstWords.add(keyWords[0] as string);
    // "The war in Ukraine" is written "the war in Ukraine": its lowercase words match as written.
    const bare = form.replace(/^the /i, '');
    if (/^\p{Ll}/u.test(bare)) lowercaseForms.add(bare);
  };

  const surnames = new Map<string, KnownActor[]>();
  for (const actor of actors) {
    const target = { known: actor };
    add(actor.name, { target, via: 'name', metonym: false, kind: actor.kind });
    for (const alias of actor.aliases) {
      add(alias.name, {
        target,
        via: 'alias',
        metonym: alias.kind === 'METONYM',
        kind: actor.kind,
      });
    }
    const parts = actor.name.split(/\s+/);
    // Only a personal name has a surname: not "Two anonymous NATO officials".
    if (actor.kind === 'PERSON' && parts.length > 1 && parts.every((w) => /^\p{Lu}/u.test(w))) {
      const surname = parts[parts.length - 1] as string;
      surnames.set(surname, [...(surnames.get(surname) ?? []), actor]);
    }
  }
  // A surname alone links only when one known person bears it; "Biden" with two Bidens known
  // stays unlinked (the text may still tie it to one of them by a full name).
  for (const [surname, people] of surnames) {
    const [person] = people;
    if (people.length === 1 && person) {
      add(surname, { target: { known: person }, via: 'surname', metonym: false, kind: 'PERSON' });
    }
  }

  const knownCountry = new Map<string, KnownActor>();
  for (const actor of actors) {
    if (actor.kind !== 'COUNTRY') continue;
    for (const form of [actor.name, ...actor.aliases.map((a) => a.name)])
      knownCountry.set(formKey(form), actor);
  }
  for (const country of COUNTRIES) {
    const known = [country.name, ...country.names]
      .map((n) => knownCountry.get(formKey(n)))
      .find(Boolean);
    const target: Target = known ? { known } : { country };
    const via = known ? 'name' : 'country-name';
    const facts = { target, country, kind: 'COUNTRY' as const };
    for (const name of [country.name, ...country.names])
      add(name, { ...facts, via, metonym: false });
    for (const demonym of country.demonyms)
      add(demonym, { ...facts, via: 'demonym', metonym: false });
    for (const capital of country.capitals)
      add(capital, { ...facts, via: 'capital', metonym: true });
    if (known) {
      for (const form of [known.name, ...known.aliases.map((a) => a.name)]) {
        for (const entry of map.get(formKey(form)) ?? [])
          if (targetId(entry.target) === known.id) entry.country = country;
      }
    }
  }

  return {
    lookup: (key) => map.get(key),
    maxWords: Math.min(maxWords, 10),
    lowercaseForms,
    firstWords,
  };
}
