import { type Claim, type KnowledgeBase, loadKnowledgeBase } from '@attest/knowledge';
import { scaleKnowledgeBase } from '@attest/knowledge/scale';
import { describe, expect, it } from 'vitest';
import { deriveQuiz } from '../src/derive.ts';
import { collectFacts, type Fact } from '../src/facts.ts';
import { generateQuestions } from '../src/index.ts';
import { indexKnowledgeBase } from '../src/kb-index.ts';

const corpus = loadKnowledgeBase();

/** Three copies sharing no actor, both banks made: most of a change's base is carried over. */
function served(): KnowledgeBase {
  const kb = scaleKnowledgeBase(corpus, 3);
  generateQuestions(kb, { seed: 'served', count: 1 });
  generateQuestions(kb, { seed: 'served', count: 1, includeOffTopic: true });
  return kb;
}

const FLAGS = [
  [false, false],
  [true, false],
  [false, true],
  [true, true],
] as const;

/** A fact as plain data: what questions read of it. */
const plainFact = (f: Fact) => ({
  key: f.key,
  claims: f.claims.map((c) => c.id),
  framing: f.framing,
  phrasing: f.predicate.phrasing,
});

/**
 * The derived version's facts equal to those of the same base indexed from nothing, in the same
 * order, in every list; and its quizzes equal to a full regeneration's (list questions read the
 * carried-over groups, scoped rebuilds the carried-over claim indexes).
 */
function expectAsMadeFromNothing(next: KnowledgeBase) {
  const fresh = indexKnowledgeBase(structuredClone(next));
  const derived = indexKnowledgeBase(next);
  for (const [offTopic, denied] of FLAGS) {
    const facts = collectFacts(derived, offTopic, denied);
    const made = collectFacts(fresh, offTopic, denied);
    expect(facts.map(plainFact)).toEqual(made.map(plainFact));
    // A fact's predicate is its index's own object unless reworded (a plan, a past state): the
    // true/false generator tells them apart by identity.
    const own = (index: typeof derived) => (f: Fact) =>
      index.predicates.get(f.predicate.id) === f.predicate;
    expect(facts.map(own(derived))).toEqual(made.map(own(fresh)));
  }
  const full = structuredClone(next);
  for (const options of [
    { seed: 'all' },
    { seed: 'lists', types: ['MULTI_SELECT' as const], count: 30 },
    { seed: 'off', includeOffTopic: true, count: 40 },
  ]) {
    expect(generateQuestions(next, options)).toEqual(generateQuestions(full, options));
  }
}

/** The facts of both versions' plain on-topic lists: which objects the new one carried over. */
function factsOf(previous: KnowledgeBase, next: KnowledgeBase) {
  const before = collectFacts(indexKnowledgeBase(previous), false);
  const after = collectFacts(indexKnowledgeBase(next), false);
  return { before: new Set(before), after };
}

const factOf = (facts: readonly Fact[], claimId: string) =>
  facts.find((f) => f.claims.some((c) => c.id === claimId));

/**
 * A plain on-topic claim of the last copy with an actor object, and a fact of its own; with
 * `sources`, one evidenced in at least that many sources.
 */
function lastCopyClaim(kb: KnowledgeBase, sources = 1): Claim {
  const relations = new Set(kb.predicates.filter((p) => p.relation).map((p) => p.id));
  const claim = kb.claims.find(
    (c) =>
      c.id.endsWith('~2') &&
      c.objectId !== null &&
      !relations.has(c.predicateId) &&
      !c.offTopic &&
      !c.background &&
      c.modality === 'FACT' &&
      c.rank !== 'DEPRECATED' &&
      new Set(c.evidence.map((e) => e.sourceId)).size >= sources &&
      kb.predicates.find((p) => p.id === c.predicateId)?.phrasing,
  );
  if (!claim) throw new Error('the last copy has no claim to change');
  return claim;
}

describe('what a changed base carries over from the previous index', { timeout: 120_000 }, () => {
  it('keeps the facts of unreached claims as they were, and makes a fact a claim joins again', () => {
    const kb = served();
    const model = lastCopyClaim(kb);
    // The same statement again under a new id: it joins the fact of the claim it copies.
    const joined = { ...structuredClone(model), id: 'joins-a-fact' };
    const next = { ...kb, claims: [...kb.claims, joined] };
    expect(deriveQuiz(kb, next)).toMatchObject({ spliced: true });
    expectAsMadeFromNothing(next);
    const { before, after } = factsOf(kb, next);
    // The fact the claim joined is a new one with both claims, never the previous one.
    const fact = factOf(after, joined.id);
    expect(fact?.claims.map((c) => c.id)).toEqual([model.id, joined.id]);
    expect(before.has(fact as Fact)).toBe(false);
    // A fact of another copy is the previous version's own object.
    const far = after.find((f) => f.claims.every((c) => !c.id.includes('~')));
    expect(far && before.has(far)).toBe(true);
  });

  it('drops the fact of a claim removed, and makes a claim edited into another fact again', () => {
    const kb = served();
    const model = lastCopyClaim(kb);
    const removed = { ...kb, claims: kb.claims.filter((c) => c !== model) };
    expect(deriveQuiz(kb, removed)).toMatchObject({ spliced: true });
    expectAsMadeFromNothing(removed);
    expect(factOf(factsOf(kb, removed).after, model.id)).toBeUndefined();

    // Then an edit of the version derived (a carry from a carried-over index): another object.
    generateQuestions(removed, { seed: 'served', count: 1 });
    generateQuestions(removed, { seed: 'served', count: 1, includeOffTopic: true });
    const other = removed.claims.find(
      (c) => c.id.endsWith('~2') && c.objectId !== null && c.objectId !== model.objectId,
    );
    if (!other) throw new Error('no claim to edit');
    const edited = { ...other, objectId: model.objectId };
    const next = { ...removed, claims: removed.claims.map((c) => (c === other ? edited : c)) };
    expect(deriveQuiz(removed, next)).toMatchObject({
      spliced: true,
      extended: false,
      patched: true,
    });
    expectAsMadeFromNothing(next);
    const { before, after } = factsOf(removed, next);
    const fact = factOf(after, other.id);
    expect(fact?.objectId).toBe(model.objectId);
    expect(before.has(fact as Fact)).toBe(false);
  });

  it('frames a claim put in a dispute by its sources, one fact per source, in place', () => {
    const kb = served();
    // Two sources: two facts share the claim as their first, in its evidence's order.
    const model = lastCopyClaim(kb, 2);
    const same = kb.claims.find(
      (c) => c !== model && c.subjectId === model.subjectId && c.predicateId === model.predicateId,
    );
    const template = kb.disputes[0];
    if (!template) throw new Error('the corpus has no dispute');
    // Without a second claim of the same subject and predicate, a made-up one disputes it.
    const second = same ?? { ...structuredClone(model), id: 'disputes-it', objectId: null };
    const claims = same ? kb.claims : [...kb.claims, second];
    const next = {
      ...kb,
      claims,
      disputes: [...kb.disputes, { ...template, firstId: model.id, secondId: second.id }],
    };
    expect(deriveQuiz(kb, next)).toMatchObject({ spliced: true });
    expectAsMadeFromNothing(next);
    // The claim's plain fact gave way to its sources' framing, one fact per source.
    const framed = factsOf(kb, next).after.filter((f) => f.claims.some((c) => c.id === model.id));
    expect(framed.map((f) => f.framing.kind)).toEqual(['SOURCE', 'SOURCE']);
  });

  it('regroups a list whose value the copies share when one copy changes it', () => {
    const kb = served();
    // A claim with a value another copy's claim of the same predicate shares: one list of
    // subjects spans the copies.
    const valued = kb.claims.find(
      (c) =>
        c.id.endsWith('~2') &&
        c.value !== null &&
        !c.offTopic &&
        !c.background &&
        kb.predicates.find((p) => p.id === c.predicateId)?.phrasing?.askSubject,
    );
    if (!valued) throw new Error('no claim with a value to change');
    const removed = { ...kb, claims: kb.claims.filter((c) => c !== valued) };
    expect(deriveQuiz(kb, removed)).toMatchObject({ spliced: true });
    expectAsMadeFromNothing(removed);
  });

  it('carries facts over from a version read back (every row a new object) and edited', () => {
    const kb = served();
    // A reload: the same rows as new objects share the index; then a claim edited, so the new
    // index is patched for rows whose predicates are other objects than the facts hold.
    const reloaded = structuredClone(kb);
    expect(deriveQuiz(kb, reloaded)).toMatchObject({ reused: true });
    const claim = lastCopyClaim(reloaded);
    const edited = { ...claim, statement: `${claim.statement} (edited)` };
    const next = {
      ...reloaded,
      claims: reloaded.claims.map((c) => (c === claim ? edited : c)),
    };
    expect(deriveQuiz(reloaded, next)).toMatchObject({
      spliced: true,
      extended: false,
      patched: true,
    });
    expectAsMadeFromNothing(next);
  });
});
