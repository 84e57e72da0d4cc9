import type { Claim, KnowledgeBase } from '@attest/knowledge';
import { loadKnowledgeBase } from '@attest/knowledge';
import { describe, expect, it } from 'vitest';
import type { ActorProfile } from '../src/actor-profile.ts';
import { homesOf } from '../src/compatriots.ts';
import { deriveQuiz } from '../src/derive.ts';
import { generateQuestions } from '../src/index.ts';
import { extendIndex, freshIndex, indexKnowledgeBase, type QuizIndex } from '../src/kb-index.ts';
import { articleIn, withArticle } from './support/article.ts';
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
