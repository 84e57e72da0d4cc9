import type { Claim, KnowledgeBase } from '@attest/knowledge';
import { loadKnowledgeBase } from '@attest/knowledge';
import { scaleKnowledgeBase } from '@attest/knowledge/scale';
import { describe, expect, it } from 'vitest';
import type { ActorProfile } from '../src/actor-profile.ts';
import { rowChanges } from '../src/changes.ts';
import { homesOf } from '../src/compatriots.ts';
import { deriveQuiz } from '../src/derive.ts';
import { generateQuestions } from '../src/index.ts';
import {
  extendIndex,
  freshIndex,
  indexKnowledgeBase,
  patchIndex,
  type QuizIndex,
} from '../src/kb-index.ts';
import { createRng } from '../src/random.ts';
import { danglingRemoval } from '../src/removals.ts';
import { rowEdits } from '../src/row-edits.ts';
import { articleIn, withArticle } from './support/article.ts';
import { editActor, editSource, ingest, removeActor, removeSource } from './support/edits.ts';
import { world } from './support/world.ts';

const isProfile = (v: object): v is ActorProfile => 'actor' in v && 'prominence' in v;
const isClaim = (v: object): v is Claim => 'predicateId' in v && 'statement' in v;

/** An index's lookups as plain data, claims and profiles by id: two indexes compared. */
function plain(value: unknown): unknown {
  if (value instanceof Map) return [...value].map(([k, v]) => [k, plain(v)]);
  if (value instanceof Set || Array.isArray(value)) return [...value].map(plain);
  if (value && typeof value === 'object') {
    if (isProfile(value)) {
      const { actor, prominence, sidebarOnly, quoted, roles } = value;
      return [actor.id, prominence, sidebarOnly, quoted, [...roles]];
    }
    if (isClaim(value)) return value.id;
    if ('firstId' in value && 'secondId' in value) return `${value.firstId}|${value.secondId}`;
  }
  return value;
}

const LOOKUPS = [
  'claims',
  'disputesByClaim',
  'actorTruths',
  'valueTruths',
  'relationTruths',
  'relationLinks',
  'claimLinks',
  'groupsOf',
  'partsOf',
  'claimsByTriple',
  'subjectsOf',
  'objectsOf',
  'relationSubjectsOf',
  'relationObjectsOf',
  'roleActors',
  'roleFillers',
  'roleNumbers',
  'claimsBySource',
  'claimsBySpeaker',
  'castBySourceKind',
  'prominence',
  'actorsByKind',
  'profiles',
  'valueClaimsBySource',
  'valueClaimsByPredicate',
] as const;

function expectSameLookups(a: QuizIndex, b: QuizIndex) {
  for (const key of LOOKUPS) expect(plain(a[key]), key).toEqual(plain(b[key]));
  expect([...a.sidebarOnly].sort()).toEqual([...b.sidebarOnly].sort());
}

/** Claims to append: copies of claims said of the least mentioned actors, on- and off-topic. */
function appended(kb: KnowledgeBase): Claim[] {
  const mentions = new Map<string, number>();
  for (const c of kb.claims) mentions.set(c.subjectId, (mentions.get(c.subjectId) ?? 0) + 1);
  const quiet = [...kb.actors].sort(
    (a, b) => (mentions.get(a.id) ?? 0) - (mentions.get(b.id) ?? 0),
  );
  const step = Math.max(2, Math.floor(kb.claims.length / 6));
  return kb.claims
    .filter((_, i) => i % step === 1)
    .slice(0, 6)
    .map((c, i) => ({
      ...structuredClone(c),
      id: `appended-${i}`,
      subjectId: quiet[i]?.id ?? c.subjectId,
      offTopic: i % 3 === 2 ? !c.offTopic : c.offTopic,
    }));
}

describe('an index extended by appended claims', () => {
  it.each([
    ['corpus', () => loadKnowledgeBase()],
    ['hand-made world', world],
  ])('holds what an index made anew holds (%s)', (_, base) => {
    const kb = base();
    const before = indexKnowledgeBase(kb);
    const added = appended(kb);
    expect(added.length).toBeGreaterThan(1);
    const next = { ...kb, claims: [...kb.claims, ...added] };
    const sources = new Set(added.flatMap((c) => c.evidence.map((e) => e.sourceId)));
    const extended = extendIndex(before, next, added, sources);
    if (!extended) throw new Error('not extended');
    expectSameLookups(extended, freshIndex(next));
    // The previous index is left as it was.
    expectSameLookups(before, freshIndex(kb));
  });
});

describe('an index extended by an article brought in', () => {
  it('holds what an index made anew holds: actors and sources added among the others, claims appended', () => {
    const kb = loadKnowledgeBase();
    const before = indexKnowledgeBase(kb);
    const article = articleIn(kb, '', 3, true);
    if (!article) throw new Error('no source to model an article on');
    // New actors and the source where a read by id puts them, the claims after every other.
    const placed = withArticle(kb, { ...article, claims: [] });
    const next = { ...placed, claims: [...kb.claims, ...article.claims] };
    const sources = new Set([article.source.id]);
    const extended = extendIndex(before, next, article.claims, sources);
    if (!extended) throw new Error('not extended');
    const fresh = freshIndex(next);
    expectSameLookups(extended, fresh);
    for (const key of ['actors', 'sources', 'nameKeys', 'publishers'] as const) {
      expect(plain(extended[key]), key).toEqual(plain(fresh[key]));
    }
    expectSameLookups(before, freshIndex(kb));
    expect(before.actors.size).toBe(kb.actors.length);
  });
});

/**
 * The index of `next` patched from the index of `previous` with what changed among actors and
 * sources, as deriveQuiz patches it; null when deriveQuiz would not (a kind or a country changed,
 * a row removed that a claim still names, too many claims changed).
 */
function patchedWithRows(
  from: QuizIndex,
  previous: KnowledgeBase,
  next: KnowledgeBase,
): QuizIndex | null {
  const diff = rowEdits(previous, next);
  const changes = rowChanges(previous, next);
  if (typeof diff === 'string' || typeof changes === 'string') return null;
  if (danglingRemoval(next, diff.removedActors, diff.removedSources)) return null;
  const edits = {
    actors: new Set([...diff.edited, ...diff.removedActors].map((a) => a.id)),
    sources: new Set(
      [...diff.editedSources.map((e) => e.is), ...diff.removedSources].map((s) => s.id),
    ),
    sameActors: diff.edited.length + diff.actors.length + diff.removedActors.length === 0,
    sameSources: diff.editedSources.length + diff.sources.length + diff.removedSources.length === 0,
  };
  const sources = new Set(
    [...changes.before, ...changes.after].flatMap((c) => c.evidence.map((e) => e.sourceId)),
  );
  for (const source of diff.sources) sources.add(source.id);
  return patchIndex(from, next, changes.before, changes.after, sources, edits);
}

/**
 * Whether an index's rows are one set of objects: its base's claims, actors and sources those its
 * maps and profiles hold (questions compare rows by identity: a source among a dispute's options).
 */
function expectOwnRows(index: QuizIndex) {
  expect(
    index.kb.claims.every((c) => index.claims.get(c.id) === c),
    'claims',
  ).toBe(true);
  expect(
    index.kb.sources.every((s) => index.sources.get(s.id) === s),
    'sources',
  ).toBe(true);
  // (An article brought in may name two actors alike: the map holds the last.)
  const last = new Map(index.kb.actors.map((a) => [a.id, a]));
  for (const actor of last.values()) {
    expect(index.actors.get(actor.id), 'actors').toBe(actor);
    expect(index.profiles.get(actor.id)?.actor, 'profiles').toBe(actor);
  }
}

describe('an index patched where actors and sources were edited, removed or added too', () => {
  it.each([
    ['hand-made world', world, 40],
    ['corpus', () => loadKnowledgeBase(), 30],
    ['three copies of the corpus', () => scaleKnowledgeBase(loadKnowledgeBase(), 3), 10],
  ])('holds what an index made anew holds, change after change (%s)', (name, base, steps) => {
    const rng = createRng(`patch rows ${name}`);
    let previous = base();
    let from = indexKnowledgeBase(previous);
    let patches = 0;
    for (let step = 0; step < steps; step++) {
      const moves = [
        () => editActor(previous, rng, step),
        () => editSource(previous, rng, step),
        () => removeActor(previous, rng),
        () => removeSource(previous, rng),
        () => ingest(previous, rng, step),
        () => changeClaims(editActor(previous, rng, step), rng, step),
        // Read back (every row a new object), then edited.
        () => editSource(structuredClone(previous), rng, step),
        () => changeClaims(editActor(structuredClone(previous), rng, step), rng, step),
      ];
      const next = (moves[step % moves.length] as () => KnowledgeBase)();
      const was = lookups(from);
      const index = patchedWithRows(from, previous, next);
      if (!index) continue;
      patches++;
      const fresh = freshIndex(next);
      expect(lookups(index), `step ${step}`).toEqual(lookups(fresh));
      for (const key of ['actors', 'sources', 'nameKeys', 'publishers'] as const) {
        expect(plain(index[key]), `step ${step}: ${key}`).toEqual(plain(fresh[key]));
      }
      expect(lookups(from), `step ${step}: the previous index`).toEqual(was);
      expectOwnRows(index);
      previous = next;
      from = index;
    }
    // Most changes were patched (the rest: a kind or a country changed, too many claims went).
    expect(patches).toBeGreaterThan(steps / 2);
  });
});

describe('an index patched by an article brought in among the others', () => {
  it('holds what an index made anew holds: actors, sources and claims where a read by id puts them, one claim of another story edited', () => {
    const kb = loadKnowledgeBase();
    const before = indexKnowledgeBase(kb);
    const article = articleIn(kb, '', 3, false);
    if (!article) throw new Error('no source to model an article on');
    const placed = withArticle(kb, article);
    const [edited] = kb.claims.filter((c) => c.objectId !== null).slice(-1);
    if (!edited) throw new Error('no claim to edit');
    const next = {
      ...placed,
      claims: placed.claims.map((c) => (c === edited ? { ...c, objectId: c.subjectId } : c)),
    };
    const changes = rowChanges(kb, next);
    if (typeof changes === 'string') throw new Error(changes);
    const sources = new Set([article.source.id, ...edited.evidence.map((e) => e.sourceId)]);
    const index = patchIndex(before, next, changes.before, changes.after, sources);
    if (!index) throw new Error('not patched');
    const fresh = freshIndex(next);
    expect(lookups(index)).toEqual(lookups(fresh));
    for (const key of ['actors', 'sources', 'nameKeys', 'publishers'] as const) {
      expect(plain(index[key]), key).toEqual(plain(fresh[key]));
    }
    expect(lookups(before)).toEqual(lookups(freshIndex(kb)));
  });
});

describe('homes on a changed base', () => {
  const kb = loadKnowledgeBase();
  const reads = (id: string, seen = new Set<string>()): boolean => {
    const predicate = kb.predicates.find((p) => p.id === id);
    if (!predicate || seen.has(id)) return false;
    seen.add(id);
    return (
      predicate.relation !== null ||
      predicate.distinctValues ||
      predicate.implies.some((other) => reads(other, seen))
    );
  };
  const added = (pick: (c: Claim) => boolean): KnowledgeBase => {
    const model = kb.claims.find(pick);
    if (!model) throw new Error('no claim to model one on');
    return { ...kb, claims: [...kb.claims, { ...structuredClone(model), id: 'added-claim' }] };
  };

  it('are shared when no claim a home reads changed, and hold what a fresh index gives', () => {
    const previous = { ...kb };
    generateQuestions(previous, { seed: 1, count: 5 });
    const next = added((c) => c.objectId !== null && !reads(c.predicateId));
    expect(deriveQuiz(previous, next)).toMatchObject({ spliced: true });
    const [before, after] = [indexKnowledgeBase(previous), indexKnowledgeBase(next)];
    expect(after.homes).toBe(before.homes);
    const fresh = freshIndex(next);
    for (const actor of kb.actors) {
      expect([...homesOf(after, actor.id)]).toEqual([...homesOf(fresh, actor.id)]);
    }
  });

  it('are worked out again when a claim of a distinct-valued predicate changed', () => {
    const previous = { ...kb };
    generateQuestions(previous, { seed: 1, count: 5 });
    const distinct = new Set(kb.predicates.filter((p) => p.distinctValues).map((p) => p.id));
    const next = added(
      (c) =>
        distinct.has(c.predicateId) && !kb.predicates.find((p) => p.id === c.predicateId)?.relation,
    );
    deriveQuiz(previous, next);
    expect(indexKnowledgeBase(next).homes).not.toBe(indexKnowledgeBase(previous).homes);
  });
});

/**
 * What a lookup of an index gives, as plain data: each map's entries by key (no generator walks
 * these maps, and a key a patch adds comes last, where a new index may have it anywhere), each
 * list and each set that is walked in order, the sets only asked what they hold sorted, and a
 * profile's roles by their role keys (a role's number only tells roles apart).
 */
function lookups(index: QuizIndex): Record<string, unknown> {
  const roleKeys = new Map([...index.roleNumbers].map(([key, n]) => [n, key]));
  const value = (v: unknown): unknown => {
    if (v instanceof Map) {
      return [...v]
        .sort(([a], [b]) => (String(a) < String(b) ? -1 : 1))
        .map(([k, x]) => [k, value(x)]);
    }
    if (v instanceof Set || Array.isArray(v)) return [...v].map(value);
    if (v && typeof v === 'object' && isProfile(v)) {
      const { actor, prominence, sidebarOnly, quoted, roles } = v;
      return [actor.id, prominence, sidebarOnly, quoted, [...roles].map((n) => roleKeys.get(n))];
    }
    return plain(v);
  };
  const out: Record<string, unknown> = {};
  for (const key of LOOKUPS) {
    if (key === 'roleNumbers') continue;
    // The kinds in the order their first actors come (short forms walk them).
    out[key] =
      key === 'actorsByKind' ? [...index[key]].map(([k, v]) => [k, value(v)]) : value(index[key]);
  }
  for (const key of ['actorTruths', 'relationTruths', 'relationLinks', 'sidebarOnly'] as const) {
    out[key] = [...index[key]].sort();
  }
  // The profiles' own roles sorted: a set of numbers only asked what it holds.
  out.profiles = [...index.profiles.values()].map((p) => {
    const [id, ...rest] = value(p) as [string, ...unknown[]];
    const roles = rest.pop() as string[];
    return [id, ...rest, roles.sort()];
  });
  out.claimOrder = index.kb.claims.map((c) => c.id);
  return out;
}

/**
 * A random change of a base's claims, as curators make them in the studio: claims edited in place
 * (another subject, object, predicate, value, speaker, place, source; put off topic or back; made
 * a denial or a plan), removed, and inserted anywhere (copies of others, about another actor),
 * one to a few at once.
 */
function changeClaims(kb: KnowledgeBase, rng: () => number, step: number): KnowledgeBase {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rng() * list.length)] as T;
  let claims = [...kb.claims];
  const moves = 1 + Math.floor(rng() * 3);
  for (let m = 0; m < moves; m++) {
    const at = Math.floor(rng() * claims.length);
    const claim = claims[at] as Claim;
    const other = pick(claims);
    const actor = pick(kb.actors).id;
    const edits: (() => Partial<Claim>)[] = [
      () => ({ subjectId: actor }),
      () => (claim.objectId === null ? { speakerId: actor } : { objectId: actor }),
      () => ({ predicateId: pick(kb.predicates).id }),
      () => ({ predicateId: other.predicateId, objectId: other.objectId, value: other.value }),
      () => ({ value: other.value ?? claim.value }),
      () => ({ speakerId: rng() < 0.5 ? null : actor }),
      () => ({ qualifiers: { ...claim.qualifiers, placeId: rng() < 0.3 ? null : actor } }),
      () => ({ evidence: other.evidence }),
      () => ({ evidence: [...claim.evidence, ...other.evidence] }),
      () => ({ offTopic: !claim.offTopic }),
      () => ({ modality: claim.modality === 'DENIAL' ? 'FACT' : 'DENIAL' }),
      () => ({ modality: 'PLAN' }),
    ];
    const roll = rng();
    if (roll < 0.45) {
      claims[at] = { ...claim, ...pick(edits)() };
    } else if (roll < 0.7) {
      claims.splice(at, 1);
    } else {
      const copy = { ...other, id: `${other.id}~inserted${step}.${m}`, ...pick(edits)() };
      claims.splice(rng() < 0.1 ? 0 : at, 0, copy);
    }
  }
  claims = claims.filter((c, i) => claims.findIndex((d) => d.id === c.id) === i);
  const kept = new Set(claims.map((c) => c.id));
  return {
    ...kb,
    claims,
    disputes: kb.disputes.filter((d) => kept.has(d.firstId) && kept.has(d.secondId)),
  };
}

/** The index of `next` patched from the index of `previous`, as deriveQuiz patches it. */
function patched(from: QuizIndex, previous: KnowledgeBase, next: KnowledgeBase): QuizIndex {
  const changes = rowChanges(previous, next);
  if (typeof changes === 'string') throw new Error(changes);
  const sources = new Set(
    [...changes.before, ...changes.after].flatMap((c) => c.evidence.map((e) => e.sourceId)),
  );
  const index = patchIndex(from, next, changes.before, changes.after, sources);
  if (!index) throw new Error('not patched');
  return index;
}

describe('an index patched where claims were edited, removed or inserted', () => {
  it.each([
    ['hand-made world', world, 60],
    ['corpus', () => loadKnowledgeBase(), 40],
    ['three copies of the corpus', () => scaleKnowledgeBase(loadKnowledgeBase(), 3), 12],
  ])('holds what an index made anew holds, change after change (%s)', (name, base, steps) => {
    const rng = createRng(`patch ${name}`);
    const kb = base();
    const first = indexKnowledgeBase(kb);
    const firstLookups = lookups(first);
    let previous = kb;
    let from = first;
    for (let step = 0; step < steps; step++) {
      const next = changeClaims(previous, rng, step);
      const was = lookups(from);
      // Each change patched from the last patched index.
      const index = patched(from, previous, next);
      expect(lookups(index), `step ${step}`).toEqual(lookups(freshIndex(next)));
      // The index patched from is left as it was.
      expect(lookups(from), `step ${step}: the previous index`).toEqual(was);
      // And from the base's own index, while the changes since are few enough to patch.
      const changes = rowChanges(kb, next);
      const since =
        typeof changes === 'string' ? Infinity : changes.after.length + changes.before.length;
      if (step % 4 === 0 && since <= 100) {
        expect(lookups(patched(first, kb, next)), `step ${step} from the first`).toEqual(
          lookups(index),
        );
      }
      previous = next;
      from = index;
    }
    expect(lookups(first)).toEqual(firstLookups);
  });

  it('holds the new order of what is indexed in claim order: a claim inserted first, one removed from the middle', () => {
    const kb = loadKnowledgeBase();
    const before = indexKnowledgeBase(kb);
    // A claim sharing its subject, source and predicate with others, inserted before them all.
    const model = kb.claims.findLast((c) => c.objectId !== null && !c.offTopic && c.speakerId);
    if (!model) throw new Error('no claim to model one on');
    const inserted = { ...model, id: 'inserted-first', objectId: kb.actors[0]?.id ?? null };
    const next = { ...kb, claims: [inserted, ...kb.claims] };
    const index = patched(before, kb, next);
    const source = model.evidence[0]?.sourceId ?? '';
    expect(index.claimsBySource.get(source)?.[0]?.id).toBe('inserted-first');
    expect(index.claimsBySpeaker.get(model.speakerId ?? '')?.[0]?.id).toBe('inserted-first');
    expect(lookups(index)).toEqual(lookups(freshIndex(next)));
    // The model removed from the middle: gone from every list, the rest in order.
    const middle = kb.claims[Math.floor(kb.claims.length / 2)] as Claim;
    const removed = { ...next, claims: next.claims.filter((c) => c !== middle) };
    const again = patched(index, next, removed);
    for (const list of again.claimsBySource.values()) {
      expect(list.map((c) => c.id)).not.toContain(middle.id);
    }
    expect(lookups(again)).toEqual(lookups(freshIndex(removed)));
    // A version read back (every row a new object) and edited: the index reads the previous
    // version's rows for the claims both hold, so every list it kept holds the rows it reads.
    const back = structuredClone(removed);
    const [edited, kept] = back.claims.slice(-2) as [Claim, Claim];
    const readBack = {
      ...back,
      claims: back.claims.map((c) => (c === edited ? { ...c, offTopic: !c.offTopic } : c)),
    };
    const patchedBack = patched(again, removed, readBack);
    expect(patchedBack.claims.get(kept.id)).toBe(again.claims.get(kept.id));
    expect(patchedBack.kb.claims.at(-1)).toBe(again.claims.get(kept.id));
    expect(lookups(patchedBack)).toEqual(lookups(freshIndex(readBack)));
  });
});
