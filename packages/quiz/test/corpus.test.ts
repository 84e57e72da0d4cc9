import { loadKnowledgeBase, normalizeName } from '@attest/knowledge';
import { describe, expect, it } from 'vitest';
import { generateQuestions, QUESTION_TYPES, type Question } from '../src/index.ts';
import { normalize } from '../src/names.ts';
import { qualityIssues, trueStatementCores } from './support/quality.ts';

/** The curated corpus (prisma/data): every generated question must pass every quality rule. */
const kb = loadKnowledgeBase();
const seeds = [1, 'corpus', 20260];
const runs = seeds.map((seed) => generateQuestions(kb, { seed }));
const [questions = []] = runs;

const actorNamed = (name: string) => {
  const key = normalizeName(name);
  const actor = kb.actors.find(
    (a) => normalizeName(a.name) === key || a.aliases.some((x) => normalizeName(x.name) === key),
  );
  if (!actor) throw new Error(`no actor named ${name}`);
  return actor;
};
const rightActors = (q: Question) =>
  q.options
    .filter((o) => o.correct)
    .map((o) => o.actorId)
    .sort();

describe('the whole corpus', () => {
  it('yields a good number of questions of every type', () => {
    expect(questions.length).toBeGreaterThan(50);
    for (const type of QUESTION_TYPES) {
      expect(questions.filter((q) => q.type === type).length, type).toBeGreaterThan(0);
    }
  });

  it('every question of every seed passes the quality rules', () => {
    for (const run of runs) expect(run.flatMap((q) => qualityIssues(kb, q))).toEqual([]);
  });

  it('no false statement is true by any claim or relation', () => {
    for (const q of questions.filter((x) => x.template.startsWith('statement-false'))) {
      const predicateId = kb.claims.find((c) => c.id === q.claimIds[0])?.predicateId ?? '';
      const prompt = normalizeName(q.prompt);
      for (const core of trueStatementCores(kb, predicateId)) {
        expect(prompt.endsWith(core), `${q.prompt} / ${core}`).toBe(false);
      }
    }
  });

  it('the fast name normalization agrees with normalizeName on every prompt and option', () => {
    for (const q of questions) {
      for (const text of [q.prompt, ...q.options.map((o) => o.text)]) {
        expect(normalize(text), text).toBe(normalizeName(text));
      }
    }
  });

  it('ids are unique and the same for every seed', () => {
    const ids = runs.map((run) => run.map((q) => q.id).sort());
    expect(new Set(ids[0]).size).toBe(ids[0]?.length);
    for (const other of ids.slice(1)) expect(other).toEqual(ids[0]);
  });

  it('asks who shot down the Tokyo office, with Emmanuel Macron as the answer', () => {
    const macron = actorNamed('Emmanuel Macron');
    const card = questions.find(
      (q) =>
        q.type === 'SINGLE_CHOICE' &&
        rightActors(q).join() === macron.id &&
        /tokyo/i.test(q.prompt) &&
        /block|shot down|shoot down|veto|stop/i.test(q.prompt),
    );
    expect(
      card,
      'a single-choice question answered by Macron about blocking the office',
    ).toBeDefined();
    expect(card?.options).toHaveLength(4);
    const people = card?.options.map((o) => kb.actors.find((a) => a.id === o.actorId)?.kind);
    expect(new Set(people)).toEqual(new Set(['PERSON']));
  });

  it('asks which countries make up the AP4: exactly Japan, South Korea, Australia, New Zealand', () => {
    const ap4 = actorNamed('AP4');
    const members = ['Japan', 'South Korea', 'Australia', 'New Zealand'].map(
      (n) => actorNamed(n).id,
    );
    const card = questions.find(
      (q) =>
        q.type === 'MULTI_SELECT' &&
        q.actorIds.includes(ap4.id) &&
        rightActors(q).join() === [...members].sort().join(),
    );
    expect(card, 'a multi-select question on the AP4 members').toBeDefined();
    expect(card?.options.length).toBeGreaterThanOrEqual(5);
    expect(card?.options.length).toBeLessThanOrEqual(7);
  });
});
