import type { Claim, KnowledgeBase, Relation } from '@attest/knowledge';
import { loadKnowledgeBase } from '@attest/knowledge';
import { describe, expect, it } from 'vitest';
import { homesOf } from '../src/compatriots.ts';
import { deriveQuiz } from '../src/derive.ts';
import { generateQuestions } from '../src/index.ts';
import { freshIndex, indexKnowledgeBase, type QuizIndex } from '../src/kb-index.ts';
import { relationEdits } from '../src/relation-edits.ts';

const corpus = loadKnowledgeBase();

/** What relations make in an index, as plain data in the order the index holds it. */
const RELATION_LOOKUPS = [
  'relationTruths',
  'relationLinks',
  'groupsOf',
  'partsOf',
  'relationSubjectsOf',
  'relationObjectsOf',
] as const;
const plain = (value: unknown): unknown =>
  value instanceof Map
    ? [...value].map(([k, v]) => [k, plain(v)])
    : value instanceof Set
      ? [...value]
      : value;
const lookups = (index: QuizIndex) => RELATION_LOOKUPS.map((key) => [key, plain(index[key])]);

/**
 * A version whose relations changed as a curator and the API change them: a claim of a relation
 * predicate appended with the row the API writes for it (put where a read by subject puts it),
 * a relation with no claim removed, another ended.
 */
function related(kb: KnowledgeBase): KnowledgeBase {
  const types = new Map(kb.predicates.map((p) => [p.id, p.relation]));
  const model = kb.claims.find((c) => types.get(c.predicateId) && c.objectId !== null);
  const other = kb.claims.find((c) => c.objectId !== null && c.subjectId !== model?.subjectId);
  const type = model && types.get(model.predicateId);
  if (!model || !other || !type) throw new Error('the base has no relation claim');
  const stated: Claim = { ...structuredClone(model), id: 'stated', subjectId: other.subjectId };
  const row: Relation = {
    type,
    subjectId: stated.subjectId,
    objectId: stated.objectId as string,
    start: null,
    end: null,
    claimId: stated.id,
  };
  const background = kb.relations.filter((r) => r.claimId === null);
  const [gone, ended] = [background[0], background[background.length - 1]];
  const relations = kb.relations
    .filter((r) => r !== gone)
    .map((r) => (r === ended ? { ...r, end: { value: '2020', precision: 'YEAR' as const } } : r));
  const at = relations.findIndex((r) => r.subjectId > row.subjectId);
  relations.splice(at < 0 ? relations.length : at, 0, row);
  return { ...kb, claims: [...kb.claims, stated], relations };
}

describe('relations changed', () => {
  it('are told apart row by row: added, removed, edited (both rows), or moved', () => {
    const kb = corpus;
    const next = related(kb);
    const edits = relationEdits(kb, next);
    if (typeof edits === 'string') throw new Error(edits);
    // The row written, the row removed, and the ended row's two versions.
    expect(edits).toHaveLength(4);
    expect(relationEdits(kb, structuredClone(kb))).toEqual([]);
    expect(relationEdits(kb, { ...kb, relations: [...kb.relations].reverse() })).toMatch(/moved/);
  });

  it('an index extended over them holds the lookups an index made anew holds, and the previous index keeps its own', () => {
    const previous = { ...corpus };
    generateQuestions(previous, { seed: 1, count: 5 });
    const next = related(previous);
    const derived = deriveQuiz(previous, next);
    expect(derived).toMatchObject({ spliced: true, extended: true, fullRebuild: null });
    const [before, after] = [indexKnowledgeBase(previous), indexKnowledgeBase(next)];
    expect(lookups(after)).toEqual(lookups(freshIndex(next)));
    expect(lookups(before)).toEqual(lookups(freshIndex(previous)));
    // Homes are worked out again, and hold what a fresh index gives.
    expect(after.homes).not.toBe(before.homes);
    const fresh = freshIndex(next);
    for (const actor of next.actors) {
      expect([...homesOf(after, actor.id)], actor.id).toEqual([...homesOf(fresh, actor.id)]);
    }
  });

  it('an index patched over them (a claim edited in the same version) holds the lookups an index made anew holds', () => {
    const previous = { ...corpus };
    generateQuestions(previous, { seed: 1, count: 5 });
    const changed = related(previous);
    // A claim of no relation predicate edited in place: the index is patched, not extended,
    // and the relation rows that changed are named by no changed claim but the one appended.
    const types = new Map(previous.predicates.map((p) => [p.id, p.relation]));
    const at = changed.claims.findIndex((c) => !types.get(c.predicateId) && !c.offTopic);
    const claims = [...changed.claims];
    claims[at] = { ...(claims[at] as Claim), statement: `${claims[at]?.statement} (edited)` };
    const next = { ...changed, claims };
    const derived = deriveQuiz(previous, next);
    expect(derived).toMatchObject({ spliced: true, patched: true, fullRebuild: null });
    expect(lookups(indexKnowledgeBase(next))).toEqual(lookups(freshIndex(next)));
    expect(lookups(indexKnowledgeBase(previous))).toEqual(lookups(freshIndex(previous)));
  });
});
