import type { QuizIndex } from './kb-index.ts';

/**
 * The countries an actor belongs to: those it is part or a member of, works for or leads (a
 * distinct-valued claim), directly or through one such step (Mao Ning works for the Chinese
 * Foreign Ministry, part of China). Worked out once per actor.
 */
export function homesOf(index: QuizIndex, id: string): ReadonlySet<string> {
  const known = index.homes.get(id);
  if (known) return known;
  const homes = new Set<string>();
  const near = tiesOf(index, id);
  for (const tie of [...near, ...[...near].flatMap((n) => [...tiesOf(index, n)])]) {
    if (tie !== id && index.actors.get(tie)?.kind === 'COUNTRY') homes.add(tie);
  }
  index.homes.set(id, homes);
  return homes;
}

function tiesOf(index: QuizIndex, id: string): Set<string> {
  const ties = new Set(index.groupsOf.get(id) ?? []);
  for (const o of index.relationObjectsOf.get(`AFFILIATED_WITH|${id}`) ?? []) ties.add(o);
  for (const p of distinctValued(index)) {
    for (const o of index.objectsOf.get(`${id}|${p}`) ?? []) ties.add(o);
  }
  return ties;
}

const distinctCache = new WeakMap<QuizIndex, string[]>();

/** The predicates whose object has one subject ("leads"): its subject belongs to it. */
function distinctValued(index: QuizIndex): string[] {
  let ids = distinctCache.get(index);
  if (!ids) {
    ids = [...index.predicates.values()].filter((p) => p.distinctValues).map((p) => p.id);
    distinctCache.set(index, ids);
  }
  return ids;
}

export interface Compatriots {
  ids: string[];
  has: (other: string) => boolean;
}

/**
 * For who said a quote: those from the speaker's own countries are the rivals that make it
 * hard ("Asia is an anchor for peace" is plainly Beijing's line among Western voices). Null
 * when the base gives the speaker no country.
 */
export function compatriotsOf(index: QuizIndex, id: string): Compatriots | null {
  const homes = homesOf(index, id);
  if (homes.size === 0) return null;
  const residents = residentsOf(index);
  const ids = [...new Set([...homes].flatMap((h) => residents.get(h) ?? []))].filter(
    (other) => other !== id,
  );
  return {
    ids,
    has: (other) => {
      for (const home of homesOf(index, other)) if (homes.has(home)) return true;
      return false;
    },
  };
}

const residentsCache = new WeakMap<QuizIndex, Map<string, string[]>>();

/** Everyone by the countries they belong to, made once per base. */
function residentsOf(index: QuizIndex): Map<string, string[]> {
  let residents = residentsCache.get(index);
  if (!residents) {
    residents = new Map();
    for (const id of index.actors.keys()) {
      for (const home of homesOf(index, id)) {
        const list = residents.get(home);
        if (list) list.push(id);
        else residents.set(home, [id]);
      }
    }
    residentsCache.set(index, residents);
  }
  return residents;
}

/**
 * Lets `to`, a version of `from`'s base with the same actors, relations and claims of relation
 * and distinct-valued predicates (all a home is worked out from), share its homes and residents.
 */
export function lendHomes(from: QuizIndex, to: QuizIndex): void {
  to.homes = from.homes;
  const residents = residentsCache.get(from);
  if (residents) residentsCache.set(to, residents);
}
