import { loadKnowledgeBase } from '@attest/knowledge';
import { describe, expect, it } from 'vitest';
import { generateQuestions, type Question } from '../src/index.ts';
import { buildKb } from './support/build-kb.ts';
import { madeQuestions } from './support/made.ts';
import { worldSpec } from './support/world.ts';

/** The world, with Esland's Quad Four membership and a leader marked as common background. */
function backgroundSpec() {
  const spec = structuredClone(worldSpec);
  spec.predicates.push({
    id: 'leads_country',
    distinctValues: true,
    phrasing: ['{subject} leads {object}', 'Who leads {object}?', 'What does {subject} lead?'],
  });
  spec.claims.push({
    id: 'tesk-leads-borduria',
    s: 'karl-tesk',
    p: 'leads_country',
    o: 'borduria',
    background: true,
    statement: 'Karl Tesk leads Borduria.',
    evidence: [['gazette', 'But the plan was vetoed by Borduria’s president, Karl Tesk.']],
  });
  for (const claim of spec.claims) if (claim.id === 'esland-in-q4') claim.background = true;
  return spec;
}

const background = new Set(['tesk-leads-borduria', 'esland-in-q4']);
const usesBackground = (q: Question) => q.claimIds.some((id) => background.has(id));

describe('claims marked background', () => {
  const kb = buildKb(backgroundSpec());

  it('are never asked, by any type, seed or setting', () => {
    for (const seed of [1, 2, 3]) {
      for (const includeOffTopic of [false, true]) {
        const asked = generateQuestions(kb, { seed, includeOffTopic }).filter(usesBackground);
        expect(asked.map((q) => q.prompt)).toEqual([]);
      }
      expect(madeQuestions(kb, seed).filter(usesBackground)).toEqual([]);
    }
    const tesk = generateQuestions(kb, { actorIds: ['karl-tesk'] }).map((q) => q.prompt);
    expect(tesk.filter((p) => /\blead/i.test(p))).toEqual([]);
  });

  it('are asked once the mark is lifted: the mark is what keeps them out', () => {
    const spec = backgroundSpec();
    for (const claim of spec.claims) claim.background = false;
    expect(madeQuestions(buildKb(spec)).filter(usesBackground).length).toBeGreaterThan(0);
  });

  it('still count as true: a background member is no wrong option, nor a false statement', () => {
    const questions = madeQuestions(kb);
    const members = questions.filter((q) => q.template === 'members:MEMBER_OF');
    expect(members.length).toBeGreaterThan(0);
    for (const q of members) {
      expect(q.options.find((o) => o.actorId === 'esland')?.correct ?? true).toBe(true);
    }
    const falses = questions.filter((q) => q.type === 'TRUE_FALSE' && q.answer === 'False');
    for (const q of falses) {
      expect(q.prompt).not.toMatch(/^Esland is a member of|^Karl Tesk leads Borduria/);
    }
  });
});

describe('background on the corpus', () => {
  const kb = loadKnowledgeBase();
  const marked = new Set(kb.claims.filter((c) => c.background).map((c) => c.id));

  it('the curated corpus marks some claims background, and no question uses one', () => {
    expect(marked.size).toBeGreaterThan(0);
    const used = madeQuestions(kb, 'bg').filter((q) => q.claimIds.some((id) => marked.has(id)));
    expect(used.map((q) => q.prompt)).toEqual([]);
  });

  it('asks none of the trivia a teacher struck out', () => {
    const prompts = madeQuestions(kb, 'bg').map((q) => q.prompt);
    for (const trivia of [
      'In 2017, who led the United States?',
      'As of July 2024, who leads Denmark?',
      'As of July 2024, who is the President of China?',
      'Where is NATO headquarters located?',
      'Which of these countries are members of NATO?',
      'Where is Vilnius located?',
    ]) {
      expect(prompts).not.toContain(trivia);
    }
  });
});
