import { type KnowledgeBase, loadKnowledgeBase } from '@attest/knowledge';
import { describe, expect, it } from 'vitest';
import { deriveQuiz, sameKnowledge } from '../src/derive.ts';
import { findQuestion, generateQuestions, questionsById } from '../src/index.ts';
import { createRng } from '../src/random.ts';
import type { GenerateOptions } from '../src/types.ts';
import { referenceQuestions, referenceQuestionsById } from './support/reference.ts';
import { world } from './support/world.ts';

const corpus = loadKnowledgeBase();

/** Options a quiz asks with: seeds, counts, filters, orders, seen lists. */
function optionsFor(kb: typeof corpus, i: number): GenerateOptions {
  const actor = kb.actors[(i * 7) % kb.actors.length]?.id ?? '';
  const claim = kb.claims[(i * 13) % kb.claims.length];
  const variants: GenerateOptions[] = [
    {},
    { count: 20 },
    { count: 5, types: ['TRUE_FALSE', 'WHO_SAID'] },
    { count: 10, actorIds: [actor] },
    { count: 10, order: 'difficulty' },
    { order: 'difficulty', includeOffTopic: true },
    { count: 12, includeOffTopic: true, types: ['MULTI_SELECT'] },
    { count: 8, claimIds: claim ? [claim.id] : [] },
    { count: 8, sourceIds: claim?.evidence.map((e) => e.sourceId) ?? [] },
    { count: 8, predicateIds: claim ? [claim.predicateId] : [] },
    { count: 1 },
    { count: 0 },
  ];
  return { ...variants[i % variants.length], seed: `seed ${i}` };
}

describe('the question bank', { timeout: 60_000 }, () => {
  it('gives exactly what generating every question for the request gives (corpus)', () => {
    const served = { ...corpus };
    const firstQuiz = generateQuestions(served, { seed: 'seen from', count: 30 });
    for (let i = 0; i < 24; i++) {
      const options = optionsFor(corpus, i);
      if (i % 5 === 4) options.seen = firstQuiz.map((q) => q.id);
      expect(generateQuestions(served, options), JSON.stringify(options)).toEqual(
        referenceQuestions({ ...corpus }, options),
      );
    }
  });

  it('gives exactly what generating every question gives (hand-made world)', () => {
    const kb = world();
    for (let i = 0; i < 12; i++) {
      const options = optionsFor(kb, i);
      expect(generateQuestions(kb, options), JSON.stringify(options)).toEqual(
        referenceQuestions(world(), options),
      );
    }
  });

  it('a filtered quiz on a base with no bank yet gives the same questions', () => {
    for (let i = 3; i < 10; i++) {
      const options = optionsFor(corpus, i);
      expect(generateQuestions({ ...corpus }, options), JSON.stringify(options)).toEqual(
        referenceQuestions({ ...corpus }, options),
      );
    }
  });

  it('finds each question by id as generating every question for the seed holds it', () => {
    const served = { ...corpus };
    const all = referenceQuestionsById({ ...corpus }, 'found');
    const ids = [...all.keys()].filter((_, i) => i % 17 === 0);
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) expect(findQuestion(served, id, { seed: 'found' })).toEqual(all.get(id));
    expect(findQuestion(served, 'q-nope')).toBeNull();
    const every = questionsById(served, 'found');
    expect(every.has(ids[0] ?? '')).toBe(true);
    expect([...every]).toEqual([...all]);
  });
});

describe('a changed base', { timeout: 120_000 }, () => {
  /** One random edit, as a new base object sharing what it did not change (as a reload would). */
  function edit(kb: KnowledgeBase, rng: () => number, step: number): KnowledgeBase {
    const pick = <T>(list: readonly T[]): T => list[Math.floor(rng() * list.length)] as T;
    const claim = pick(kb.claims);
    switch (Math.floor(rng() * 8)) {
      case 0:
        return { ...kb, claims: [...kb.claims, { ...claim, id: `${claim.id}~added${step}` }] };
      case 1: {
        const others = kb.actors.filter((a) => a.id !== claim.subjectId);
        const edited = claim.objectId ? { ...claim, objectId: pick(others).id } : claim;
        return { ...kb, claims: kb.claims.map((c) => (c === claim ? edited : c)) };
      }
      case 2:
        return {
          ...kb,
          claims: kb.claims.map((c) => (c === claim ? { ...c, offTopic: !c.offTopic } : c)),
        };
      case 3:
        return {
          ...kb,
          claims: kb.claims.filter((c) => c !== claim),
          disputes: kb.disputes.filter((d) => d.firstId !== claim.id && d.secondId !== claim.id),
        };
      case 4: {
        const actor = pick(kb.actors);
        const copy = { ...actor, id: `${actor.id}~added${step}`, name: `${actor.name} Junior` };
        return { ...kb, actors: [...kb.actors, copy] };
      }
      case 5: {
        const other = kb.claims.find(
          (c) =>
            c !== claim && c.subjectId === claim.subjectId && c.predicateId === claim.predicateId,
        );
        const model = kb.disputes[0];
        if (!other || !model) return { ...kb };
        return {
          ...kb,
          disputes: [...kb.disputes, { ...model, firstId: claim.id, secondId: other.id }],
        };
      }
      case 6:
        return kb.disputes.length > 0 ? { ...kb, disputes: kb.disputes.slice(1) } : { ...kb };
      default:
        // A reload after a write no quiz reads: every row a new object, equal in content.
        return structuredClone(kb);
    }
  }

  it.each([
    ['hand-made world', world],
    ['corpus', () => ({ ...corpus })],
  ])('gives exactly what a full regeneration gives, edit after edit (%s)', (_, base) => {
    const rng = createRng('edits');
    let kb = base();
    let reuses = 0;
    for (let step = 0; step < 25; step++) {
      const options = optionsFor(kb, step);
      generateQuestions(kb, options);
      const previous = kb;
      kb = edit(kb, rng, step);
      const derived = deriveQuiz(previous, kb);
      // Reused only when no row changed; then the new version is served from the old bank.
      expect(derived.reused, `step ${step}: ${derived.changed}`).toBe(derived.changed.length === 0);
      if (derived.reused) reuses++;
      expect(generateQuestions(kb, options), `step ${step}`).toEqual(
        referenceQuestions(structuredClone(kb), options),
      );
      const [first] = referenceQuestions(structuredClone(kb), { seed: step, count: 1 });
      if (first) expect(findQuestion(kb, first.id, { seed: step })).toEqual(first);
    }
    // The edits include reloads that change nothing, so the reusing path was taken too.
    expect(reuses).toBeGreaterThan(0);
  });

  it('tells which parts changed, and reuses nothing when any did', () => {
    const kb = world();
    generateQuestions(kb, { seed: 1, count: 5 });
    const [claim] = kb.claims;
    if (!claim) throw new Error('the world has no claim');
    const edited = {
      ...kb,
      claims: kb.claims.map((c) => (c === claim ? { ...c, offTopic: !c.offTopic } : c)),
    };
    expect(deriveQuiz(kb, edited)).toEqual({ reused: false, changed: ['claims'] });
    const reordered = { ...kb, actors: [...kb.actors].reverse() };
    expect(deriveQuiz(kb, reordered).changed).toEqual(kb.actors.length > 1 ? ['actors'] : []);
    expect(sameKnowledge(kb, edited)).toBe(false);
    expect(sameKnowledge(kb, reordered)).toBe(kb.actors.length <= 1);
    expect(sameKnowledge(kb, { ...kb, disputes: [] })).toBe(kb.disputes.length === 0);
    const reloaded = structuredClone(kb);
    expect(sameKnowledge(kb, reloaded)).toBe(true);
    expect(deriveQuiz(kb, reloaded)).toEqual({ reused: true, changed: [] });
    // Derived once: the second call finds the new version indexed already.
    expect(deriveQuiz(kb, reloaded).reused).toBe(false);
    expect(generateQuestions(reloaded, { seed: 2, count: 8 })).toEqual(
      referenceQuestions(world(), { seed: 2, count: 8 }),
    );
  });

  it('derives nothing from a base never asked for questions', () => {
    expect(deriveQuiz(world(), world())).toEqual({ reused: false, changed: [] });
  });
});
