import { warmQuiz } from '@attest/graphql';
import { loadKnowledgeBase } from '@attest/knowledge';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { gqlAs, openTestApi, type TestApi } from './harness.ts';

interface Option {
  id: string;
  text: string;
  correct: boolean;
}
interface Question {
  id: string;
  type: string;
  prompt: string;
  options: Option[];
  selectMany: boolean;
  acceptedAnswers: string[];
  answer: string;
  explanation: string;
  claims: { key: string; subject: { name: string } }[];
  evidence: { quote: string; start: number; end: number; source: { title: string } }[];
  difficulty: { level: string; score: number };
}

const QUESTION = `id type prompt selectMany acceptedAnswers answer explanation
  options { id text correct }
  claims { key subject { name } }
  evidence { quote start end source { title } }
  difficulty { level score }`;

describe.each(['pglite', 'postgres'] as const)('the quiz over the API on %s', (kind) => {
  let t: TestApi;
  beforeAll(async () => {
    t = await openTestApi(kind, inject('postgresUrl'), loadKnowledgeBase());
  });
  afterAll(() => t.close());

  const generate = async (input: Record<string, unknown>) => {
    const { data, errors } = await gqlAs<{ generateQuestions: Question[] }>(
      t,
      null,
      `query($input: GenerateQuestionsInput) { generateQuestions(input: $input) { ${QUESTION} } }`,
      { input },
    );
    expect(errors).toBeUndefined();
    return data?.generateQuestions ?? [];
  };
  const check = (questionId: string, answer: Record<string, unknown>, seed?: string) =>
    gqlAs<{
      checkAnswer: {
        correct: boolean;
        score: number;
        almost: string | null;
        answer: string;
        correctOptions: Option[];
        evidence: { quote: string }[];
      };
    }>(
      t,
      null,
      `query($id: ID!, $answer: AnswerInput!, $seed: String) {
        checkAnswer(questionId: $id, answer: $answer, seed: $seed) {
          correct score almost answer correctOptions { id text } evidence { quote }
        }
      }`,
      { id: questionId, answer, seed },
    );
  const actorId = async (name: string) => {
    const { data } = await gqlAs<{ actors: { edges: { node: { id: string; name: string } }[] } }>(
      t,
      null,
      `query($s: String) { actors(search: $s, first: 5) { edges { node { id name } } } }`,
      { s: name },
    );
    return data?.actors.edges.find((e) => e.node.name === name)?.node.id ?? '';
  };

  it('generates questions with answers and evidence anchored in their sources', async () => {
    const questions = await generate({ count: 20, seed: 'a' });
    expect(questions).toHaveLength(20);
    for (const q of questions) {
      expect(q.prompt).toMatch(/^\S.*[?.]$/);
      expect(q.claims.length).toBeGreaterThan(0);
      expect(q.evidence.length).toBeGreaterThan(0);
      expect(q.evidence.every((e) => e.end > e.start && e.quote.length > 0)).toBe(true);
      if (q.type !== 'FILL_IN') expect(q.options.some((o) => o.correct)).toBe(true);
    }
  });

  it('asks design card 1: who blocked the Tokyo office, answered by Emmanuel Macron', async () => {
    const questions = await generate({
      actors: [await actorId('Emmanuel Macron')],
      types: ['SINGLE_CHOICE'],
      count: 100,
    });
    const card = questions.find(
      (q) => /Tokyo/.test(q.prompt) && q.options.find((o) => o.correct)?.text === 'Emmanuel Macron',
    );
    expect(card?.options).toHaveLength(4);
    expect(card?.evidence.map((e) => e.quote).join(' ')).toContain('Macron');
  });

  it('asks design card 2: which countries make up the AP4, as a multi-select', async () => {
    const questions = await generate({
      actors: [await actorId('The AP4')],
      types: ['MULTI_SELECT'],
      count: 100,
    });
    const card = questions.find(
      (q) => q.options.filter((o) => o.correct).length === 4 && /AP4/.test(q.prompt),
    );
    expect(
      card?.options
        .filter((o) => o.correct)
        .map((o) => o.text)
        .sort(),
    ).toEqual(['Australia', 'Japan', 'New Zealand', 'South Korea']);
    expect(card?.options.length).toBeGreaterThan(4);
  });

  it('is deterministic for a seed, with IDs that do not depend on it', async () => {
    const a = await generate({ count: 10, seed: 'same' });
    expect(await generate({ count: 10, seed: 'same' })).toEqual(a);
    const all = await generate({ count: 100, seed: 'other' });
    const byId = new Map(all.map((q) => [q.id, q]));
    for (const q of a.filter((x) => byId.has(x.id))) expect(byId.get(q.id)?.prompt).toBe(q.prompt);
  });

  it('asks questions already seen only after unseen ones', async () => {
    const first = await generate({ count: 20, seed: 'week 1' });
    const seen = first.map((q) => q.id);
    const second = await generate({ count: 20, seed: 'week 2', seen });
    expect(second).toHaveLength(20);
    expect(second.filter((q) => seen.includes(q.id))).toEqual([]);
  });

  it('filters by type and predicate', async () => {
    const tf = await generate({ types: ['TRUE_FALSE'], count: 15 });
    expect(tf.length).toBeGreaterThan(0);
    expect(new Set(tf.map((q) => q.type))).toEqual(new Set(['TRUE_FALSE']));
    const members = await generate({ predicates: ['member_of'], count: 30 });
    expect(members.length).toBeGreaterThan(0);
  });

  it('checks answers: right, wrong, and the right answer with its evidence', async () => {
    const [q] = await generate({ types: ['SINGLE_CHOICE'], count: 1, seed: 'check' });
    const right = q?.options.find((o) => o.correct);
    const wrong = q?.options.find((o) => !o.correct);
    // With the quiz's seed: its distractors may be ones only that seed draws.
    const yes = await check(q?.id ?? '', { optionIds: [right?.id] }, 'check');
    expect(yes.data?.checkAnswer).toMatchObject({ correct: true, score: 1, answer: q?.answer });
    expect(yes.data?.checkAnswer.evidence.length).toBeGreaterThan(0);
    const no = await check(q?.id ?? '', { optionIds: [wrong?.id] }, 'check');
    expect(no.data?.checkAnswer).toMatchObject({
      correct: false,
      score: 0,
      correctOptions: [{ id: right?.id, text: right?.text }],
    });
  });

  it('marks in the shape every marked answer shares (AnswerMarking), the old names kept as aliases', async () => {
    const [q] = await generate({ types: ['SINGLE_CHOICE'], count: 1, seed: 'check' });
    const right = q?.options.find((o) => o.correct);
    const wrong = q?.options.find((o) => !o.correct);
    const marking = async (optionId: string | undefined) => {
      const { data, errors } = await gqlAs<{ checkAnswer: Record<string, unknown> }>(
        t,
        null,
        `query($id: ID!, $answer: AnswerInput!) {
          checkAnswer(questionId: $id, answer: $answer, seed: "check") {
            __typename score answer
            ... on AnswerMarking { correct credit almost correctOptionIds correctAnswer explanation }
          }
        }`,
        { id: q?.id, answer: { optionIds: [optionId] } },
      );
      expect(errors).toBeUndefined();
      return data?.checkAnswer;
    };
    for (const [option, credit] of [
      [right, 1],
      [wrong, 0],
    ] as const) {
      const result = await marking(option?.id);
      expect(result).toMatchObject({
        __typename: 'AnswerResult',
        correct: credit === 1,
        credit,
        score: credit,
        almost: null,
        correctOptionIds: [right?.id],
        correctAnswer: q?.answer,
        answer: q?.answer,
      });
    }
  });

  it('checks a distractor that only the seeded quiz has, given the seed', async () => {
    const seeded = await generate({ types: ['SINGLE_CHOICE'], count: 100, seed: 'distractors' });
    const plain = new Map(
      (await generate({ types: ['SINGLE_CHOICE'], count: 100 })).map((q) => [q.id, q]),
    );
    const q = seeded.find((x) =>
      x.options.some((o) => !o.correct && !plain.get(x.id)?.options.some((p) => p.id === o.id)),
    );
    expect(q).toBeDefined();
    const onlySeeded = q?.options.find(
      (o) => !o.correct && !plain.get(q.id)?.options.some((p) => p.id === o.id),
    );
    const withSeed = await check(q?.id ?? '', { optionIds: [onlySeeded?.id] }, 'distractors');
    expect(withSeed.data?.checkAnswer).toMatchObject({ correct: false, score: 0 });
    const withoutSeed = await check(q?.id ?? '', { optionIds: [onlySeeded?.id] });
    expect(withoutSeed.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('checks every question of a quiz on one actor, with its seed', async () => {
    // A quiz on one actor keeps questions the whole quiz drops (the second fact with the same
    // prompt): checking must find them too. Each right answer is checked.
    const { data } = await gqlAs<{ actors: { edges: { node: { id: string } }[] } }>(
      t,
      null,
      '{ actors(first: 40) { edges { node { id } } } }',
    );
    const actors = data?.actors.edges.map((e) => e.node) ?? [];
    expect(actors.length).toBeGreaterThan(10);
    let checked = 0;
    for (const actor of actors) {
      const quiz = await generate({ actors: [actor.id], count: 50, seed: 'one actor' });
      const fields = quiz.map((q, i) => {
        const answer =
          q.type === 'FILL_IN'
            ? `{ text: ${JSON.stringify(q.acceptedAnswers[0])} }`
            : `{ optionIds: ${JSON.stringify(q.options.filter((o) => o.correct).map((o) => o.id))} }`;
        return `q${i}: checkAnswer(questionId: "${q.id}", seed: "one actor", answer: ${answer}) { correct }`;
      });
      // Fifteen at a time: the API refuses more aliases in one document.
      for (let at = 0; at < fields.length; at += 15) {
        const chunk = fields.slice(at, at + 15);
        const result = await gqlAs<Record<string, { correct: boolean }>>(
          t,
          null,
          `{ ${chunk.join(' ')} }`,
        );
        expect(result.errors, JSON.stringify(result.errors?.[0])).toBeUndefined();
        expect(Object.values(result.data ?? {}).filter((r) => r.correct)).toHaveLength(
          chunk.length,
        );
        checked += chunk.length;
      }
    }
    // Enough to mean something: more questions than actors walked, not today's count.
    expect(checked).toBeGreaterThan(actors.length);
  });

  it('gives partial credit on multi-select questions', async () => {
    const [q] = await generate({ types: ['MULTI_SELECT'], count: 1, seed: 'partial' });
    const right = q?.options.filter((o) => o.correct) ?? [];
    expect(right.length).toBeGreaterThan(1);
    const some = await check(q?.id ?? '', { optionIds: [right[0]?.id] });
    expect(some.data?.checkAnswer.correct).toBe(false);
    expect(some.data?.checkAnswer.score).toBeCloseTo(1 / right.length);
  });

  it('accepts a typed answer by alias, without diacritics', async () => {
    const questions = await generate({
      actors: [await actorId('Tobias Billström')],
      types: ['FILL_IN'],
      count: 50,
    });
    const q = questions.find((x) => x.answer === 'Tobias Billström');
    expect(q).toBeDefined();
    const result = await check(q?.id ?? '', { text: '  billstrom ' });
    expect(result.data?.checkAnswer).toMatchObject({ correct: true, score: 1, almost: null });
    expect((await check(q?.id ?? '', { text: 'Macron' })).data?.checkAnswer.correct).toBe(false);
    // A slip in a long name is credited, with the right spelling.
    const slip = await check(q?.id ?? '', { text: 'Tobias Bilstrom' });
    expect(slip.data?.checkAnswer).toMatchObject({
      correct: true,
      score: 1,
      almost: 'Tobias Billström',
    });
  });

  it('refuses bad input with clear errors', async () => {
    const [q] = await generate({ types: ['SINGLE_CHOICE'], count: 1 });
    const errorOf = async (promise: ReturnType<typeof gqlAs>) => (await promise).errors?.[0];
    expect(await errorOf(check('no-such-question', { optionIds: ['x'] }))).toMatchObject({
      extensions: { code: 'NOT_FOUND' },
    });
    expect(await errorOf(check(q?.id ?? '', { optionIds: ['not-an-option'] }))).toMatchObject({
      message: 'Not options of this question: not-an-option.',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    expect(await errorOf(check(q?.id ?? '', { text: 'Macron' }))).toMatchObject({
      message: 'This question takes options: send "optionIds" with at least one option.',
    });
    expect(
      await errorOf(check(q?.id ?? '', { optionIds: q?.options.slice(0, 2).map((o) => o.id) })),
    ).toMatchObject({
      message: 'This question has one right answer: pick one option.',
    });
    const tooMany = await gqlAs(t, null, '{ generateQuestions(input: { count: 101 }) { id } }');
    expect(tooMany.errors?.[0]).toMatchObject({
      message: '"count" is 101; ask for 1 to 100 questions.',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const nobody = await gqlAs(
      t,
      null,
      'query($a: [ID!]) { generateQuestions(input: { actors: $a }) { id } }',
      { a: [encodeGlobalID('Actor', 'nobody')] },
    );
    expect(nobody.errors?.[0]).toMatchObject({
      message: 'No actor has one of the given IDs.',
      extensions: { code: 'NOT_FOUND' },
    });
  });

  it('sends as many SQL statements for 20 questions as for 2', async () => {
    await generate({ count: 1 });
    const statements = async (count: number) => {
      t.statements.length = 0;
      await generate({ count, seed: 'n' });
      return t.statements.length;
    };
    expect(await statements(20)).toBe(await statements(2));
  });
});

describe('warming the quiz at start', () => {
  it('loads the knowledge base that requests then use', async () => {
    const t = await openTestApi('pglite', '', loadKnowledgeBase());
    try {
      expect(await warmQuiz(t.db.prisma)).toBeGreaterThan(100);
      t.statements.length = 0;
      const { errors } = await gqlAs(t, null, '{ generateQuestions(input: { count: 3 }) { id } }');
      expect(errors).toBeUndefined();
      // Nothing is loaded again, nor checked: no change was heard since it was loaded.
      expect(t.statements).toEqual([]);
      // A write heard (here raw SQL) makes the next request read, once, the rows its
      // notification named: no fingerprint, no version of every row.
      await t.db.prisma
        .$executeRaw`UPDATE "Claim" SET "offTopic" = NOT "offTopic", "updatedAt" = now()
        WHERE id = (SELECT min(id) FROM "Claim")`;
      await vi.waitFor(async () => {
        t.statements.length = 0;
        await gqlAs(t, null, '{ generateQuestions(input: { count: 3 }) { id } }');
        expect(t.statements.some((sql) => sql.includes('"Claim"'))).toBe(true);
      });
      expect(t.statements.some((sql) => sql.includes('AS fingerprint'))).toBe(false);
      const versionScans = t.statements.filter((sql) => sql.includes('xmin'));
      expect(versionScans.length).toBeGreaterThan(0);
      expect(versionScans.every((sql) => sql.includes('ANY('))).toBe(true);
      t.statements.length = 0;
      // Another question (not the response cache's answer): the base is trusted again.
      const { errors: again } = await gqlAs(
        t,
        null,
        '{ generateQuestions(input: { count: 4 }) { id } }',
      );
      expect(again).toBeUndefined();
      expect(t.statements).toEqual([]);
    } finally {
      await t.close();
    }
  });
});
