import { describe, expect, it } from 'vitest';
import { findQuestion, generateQuestions } from '../src/index.ts';
import { buildKb } from './support/build-kb.ts';
import { referenceQuestions } from './support/reference.ts';
import { world, worldSpec } from './support/world.ts';

const kb = world();
const ids = (seed: number | string) => generateQuestions(kb, { seed }).map((q) => q.id);

describe('determinism', () => {
  it('the same seed gives the same quiz, down to option order', () => {
    expect(generateQuestions(world(), { seed: 42 })).toEqual(
      generateQuestions(world(), { seed: 42 }),
    );
  });

  it('a different seed gives a different order of questions and of options', () => {
    expect(ids(1)).not.toEqual(ids(2));
    const optionOrder = (seed: number) =>
      generateQuestions(kb, { seed, types: ['SINGLE_CHOICE', 'WHO_SAID', 'MULTI_SELECT'] })
        .sort((a, b) => (a.id < b.id ? -1 : 1))
        .map((q) => q.options.map((o) => o.text).join('|'));
    expect(optionOrder(1)).not.toEqual(optionOrder(2));
  });

  it('ids are stable across seeds: the same set, and the same content behind each id', () => {
    expect([...ids(1)].sort()).toEqual([...ids('another seed')].sort());
    const bySeed = (seed: number) => new Map(generateQuestions(kb, { seed }).map((q) => [q.id, q]));
    const [a, b] = [bySeed(1), bySeed(99)];
    for (const [id, q] of a) {
      const other = b.get(id);
      expect(other?.prompt).toBe(q.prompt);
      expect(other?.claimIds).toEqual(q.claimIds);
      expect(
        other?.options
          .filter((o) => o.correct)
          .map((o) => o.id)
          .sort(),
      ).toEqual(
        q.options
          .filter((o) => o.correct)
          .map((o) => o.id)
          .sort(),
      );
    }
  });

  it('a base that already served other seeds and filters gives what a fresh one gives', () => {
    const served = world();
    generateQuestions(served, { seed: 1 });
    generateQuestions(served, { seed: 2, actorIds: ['karl-tesk'] });
    generateQuestions(served, { seed: 3, includeOffTopic: true });
    for (const seed of [2, 4]) {
      expect(generateQuestions(served, { seed })).toEqual(generateQuestions(world(), { seed }));
    }
  });

  it('with off-topic claims, the same questions whichever setting was asked first', () => {
    // A sidebar repeating a claim of the story: with it, the fact has one claim more.
    const spec = structuredClone(worldSpec);
    const [repeated] = spec.claims.filter((c) => c.o && !c.offTopic);
    if (repeated) spec.claims.push({ ...repeated, id: 'sidebar-repeat', offTopic: true });
    const served = buildKb(spec);
    generateQuestions(served, { seed: 1 });
    for (const seed of [1, 2]) {
      expect(generateQuestions(served, { seed, includeOffTopic: true })).toEqual(
        generateQuestions(buildKb(spec), { seed, includeOffTopic: true }),
      );
    }
  });

  it('questions kept for later requests cannot be changed by a caller', () => {
    const base = world();
    const [kept] = generateQuestions(base, { seed: 1, types: ['TRUE_FALSE'] });
    if (!kept) throw new Error('the world has no true/false question');
    const prompt = kept.prompt;
    expect(() => {
      kept.prompt = 'Changed.';
    }).toThrow(TypeError);
    expect(() => kept.options.reverse()).toThrow(TypeError);
    expect(() => {
      (kept.options[0] as { correct: boolean }).correct = false;
    }).toThrow(TypeError);
    const again = generateQuestions(base, { seed: 2, types: ['TRUE_FALSE'] });
    expect(again.find((q) => q.id === kept.id)?.prompt).toBe(prompt);
  });

  it('ids are unique', () => {
    const all = ids(3);
    expect(new Set(all).size).toBe(all.length);
  });

  it('a question is the same whether generated alone (filtered) or with all others', () => {
    const all = generateQuestions(kb, { seed: 5 });
    for (const q of all.slice(0, 10)) {
      const alone = generateQuestions(kb, { seed: 5, claimIds: q.claimIds, types: [q.type] });
      expect(alone.find((x) => x.id === q.id)).toEqual(q);
    }
  });

  it('findQuestion regenerates a question by id', () => {
    const [q] = generateQuestions(kb, { seed: 8 });
    expect(q && findQuestion(kb, q.id, { seed: 8 })).toEqual(q);
    expect(findQuestion(kb, 'q-nope')).toBeNull();
  });

  it('findQuestion finds every question of any quiz with its seed, whatever its filters', () => {
    // Filtered quizzes keep questions an unfiltered one drops: the second fact with a prompt
    // ("Who attended the Riga summit?"), or one merged differently with off-topic claims.
    const base = world();
    const filters = [
      ...base.actors.map((a) => ({ actorIds: [a.id] })),
      ...base.sources.map((s) => ({ sourceIds: [s.id] })),
      { includeOffTopic: true },
    ];
    let checked = 0;
    for (const filter of filters) {
      for (const q of generateQuestions(base, { seed: 6, ...filter })) {
        expect(findQuestion(base, q.id, { seed: 6 }), `${q.type} ${q.prompt}`).toEqual(q);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('a list whose right answers include two actors of one name keeps its question under every seed, that name shown once', () => {
    // Five attendees of the Riga summit, two of them countries both called Norland: a list shows
    // four right options at most, a random subset per seed, and two that read the same once
    // dropped the question under the seeds that showed both (the bank, made with its own seed,
    // then held a question those seeds could not rebuild).
    const quote = 'Arden, Calia and Delmar attended the Riga summit.';
    const norlands = ['norland-north', 'norland-south'];
    const spec = {
      ...worldSpec,
      actors: [
        ...worldSpec.actors,
        ...norlands.map((id) => [id, 'Norland', 'COUNTRY'] as [string, string, 'COUNTRY']),
      ],
      claims: [
        ...worldSpec.claims,
        ...norlands.map((id) => ({
          id: `${id}-attended-riga`,
          s: id,
          p: 'attended',
          o: 'riga-summit',
          statement: 'Norland attended the Riga summit.',
          evidence: [['gazette', quote] as [string, string]],
        })),
      ],
    };
    const listOf = (seed: number) =>
      generateQuestions(buildKb(spec), { seed, types: ['MULTI_SELECT'] }).find((q) =>
        norlands.every((id) => q.claimIds.includes(`${id}-attended-riga`)),
      );
    const lists = Array.from({ length: 12 }, (_, seed) => listOf(seed));
    const [first] = lists;
    expect(first).toBeDefined();
    for (const q of lists) {
      expect(q?.id).toBe(first?.id);
      const texts = q?.options.map((o) => o.text) ?? [];
      expect(new Set(texts).size).toBe(texts.length);
      expect(q?.options.filter((o) => o.text === 'Norland')).toEqual([
        expect.objectContaining({ correct: true }),
      ]);
    }
    // And a base served from its bank gives every seed what the generators give for that seed.
    for (const seed of [0, 1, 2, 3]) {
      expect(generateQuestions(buildKb(spec), { seed })).toEqual(
        referenceQuestions(buildKb(spec), { seed }),
      );
    }
  });

  it('never calls Math.random', () => {
    const original = Math.random;
    Math.random = () => {
      throw new Error('Math.random called');
    };
    try {
      expect(generateQuestions(world(), { seed: 1 }).length).toBeGreaterThan(0);
    } finally {
      Math.random = original;
    }
  });
});

describe('filters, count and order', () => {
  it('count limits, and a short quiz uses each claim once before repeating it', () => {
    const short = generateQuestions(kb, { seed: 1, count: 8 });
    expect(short).toHaveLength(8);
    const claims = short.flatMap((q) => q.claimIds);
    expect(new Set(claims).size).toBe(claims.length);
    expect(new Set(short.map((q) => q.type)).size).toBeGreaterThanOrEqual(5);
  });

  it('filters by type, actor, source, claim and predicate', () => {
    const types = generateQuestions(kb, { types: ['WHO_SAID'] });
    expect(types.length).toBeGreaterThan(0);
    expect(types.every((q) => q.type === 'WHO_SAID')).toBe(true);
    const tesk = generateQuestions(kb, { actorIds: ['karl-tesk'] });
    expect(tesk.length).toBeGreaterThan(0);
    expect(tesk.every((q) => q.actorIds.includes('karl-tesk'))).toBe(true);
    const herald = generateQuestions(kb, { sourceIds: ['herald'] });
    expect(herald.every((q) => q.evidence.some((e) => e.sourceId === 'herald'))).toBe(true);
    const claim = generateQuestions(kb, { claimIds: ['soto-welcomed-office'] });
    expect(claim.every((q) => q.claimIds.includes('soto-welcomed-office'))).toBe(true);
    const attended = generateQuestions(kb, { predicateIds: ['attended'] });
    expect(attended.length).toBeGreaterThan(0);
    expect(attended.every((q) => q.claimIds.every((id) => id.includes('attended')))).toBe(true);
  });

  it('orders by difficulty on request', () => {
    const scores = generateQuestions(kb, { order: 'difficulty' }).map((q) => q.difficulty.score);
    expect(scores).toEqual([...scores].sort((a, b) => a - b));
  });
});
