import { miniWithLookalike } from '@attest/knowledge/fixtures';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { signUp } from './attempt-helpers.ts';
import { gqlAs, openTestApi, type TestApi } from './harness.ts';

/** The mini base with a second Karl whose name is two letters from Karl Tesk's. */
const kb = miniWithLookalike();

const MARKING = 'correct credit almost correctAnswer';

interface Marking {
  correct: boolean;
  credit: number;
  almost: string | null;
  correctAnswer: string;
}

describe.each(['pglite', 'postgres'] as const)('near misses through the API on %s', (kind) => {
  let t: TestApi;
  let owner: { cookie: string; id: string };
  let questionId: string;
  let claimIds: string[];
  beforeAll(async () => {
    t = await openTestApi(kind, inject('postgresUrl'), kb);
    owner = await signUp(t, 'owner');
    const generated = await gqlAs<{
      generateQuestions: { id: string; answer: string; claims: { id: string }[] }[];
    }>(
      t,
      null,
      '{ generateQuestions(input: { types: [FILL_IN], count: 20 }) { id answer claims { id } } }',
    );
    const q = generated.data?.generateQuestions.find((x) => x.answer === 'Karl Tesk');
    if (!q) throw new Error(`no fill-in for Karl Tesk: ${JSON.stringify(generated)}`);
    questionId = q.id;
    claimIds = q.claims.map((c) => c.id);
  });
  afterAll(() => t.close());

  const ok = <T>(r: { data?: T | null; errors?: unknown }): T => {
    if (!r.data) throw new Error(JSON.stringify(r.errors));
    return r.data;
  };

  /** A published set of the fill-in, with the rule given unless left to its default. */
  async function publishedSet(acceptNearMisses?: boolean) {
    const created = ok(
      await gqlAs<{ createQuestionSet: { id: string; settings: { acceptNearMisses: boolean } } }>(
        t,
        owner.cookie,
        'mutation { createQuestionSet(title: "Near misses") { id settings { acceptNearMisses } } }',
      ),
    ).createQuestionSet;
    if (acceptNearMisses !== undefined) {
      const updated = ok(
        await gqlAs<{ updateQuestionSet: { settings: { acceptNearMisses: boolean } } }>(
          t,
          owner.cookie,
          'mutation ($id: ID!, $on: Boolean) { updateQuestionSet(id: $id, settings: { acceptNearMisses: $on }) { settings { acceptNearMisses } } }',
          { id: created.id, on: acceptNearMisses },
        ),
      );
      expect(updated.updateQuestionSet.settings.acceptNearMisses).toBe(acceptNearMisses);
    }
    const added = ok(
      await gqlAs<{ addGeneratedQuestions: { questions: { rivalAnswers: string[] }[] } }>(
        t,
        owner.cookie,
        'mutation ($s: ID!, $q: [ID!]!) { addGeneratedQuestions(setId: $s, questionIds: $q) { questions { rivalAnswers } } }',
        { s: created.id, q: [questionId] },
      ),
    );
    const published = ok(
      await gqlAs<{ publishQuestionSet: { shareSlug: string } }>(
        t,
        owner.cookie,
        'mutation ($id: ID!) { publishQuestionSet(id: $id) { shareSlug } }',
        { id: created.id },
      ),
    );
    return {
      created,
      rivals: added.addGeneratedQuestions.questions[0]?.rivalAnswers,
      slug: published.publishQuestionSet.shareSlug,
    };
  }

  /** A learner's typed answer in a fresh attempt, as the attempt's result marks it. */
  async function answer(slug: string, text: string): Promise<Marking | null | undefined> {
    const started = ok(
      await gqlAs<{ startAttempt: { token: string; questions: { id: string }[] } }>(
        t,
        null,
        'mutation ($slug: String!) { startAttempt(slug: $slug) { token questions { id } } }',
        { slug },
      ),
    ).startAttempt;
    const submitted = ok(
      await gqlAs<{ submitAnswers: { questions: { result: Marking | null }[] } }>(
        t,
        null,
        `mutation ($token: String!, $answers: [AttemptAnswerInput!]!) {
          submitAnswers(token: $token, answers: $answers) { questions { result { ${MARKING} } } }
        }`,
        {
          token: started.token,
          answers: [{ questionId: started.questions[0]?.id, text, key: 'k1' }],
        },
      ),
    );
    return submitted.submitAnswers.questions[0]?.result;
  }

  const quick = async (text: string) =>
    ok(
      await gqlAs<{ checkAnswer: Marking }>(
        t,
        null,
        `query ($id: ID!, $text: String!) { checkAnswer(questionId: $id, answer: { text: $text }) { ${MARKING} } }`,
        { id: questionId, text },
      ),
    ).checkAnswer;

  it('is on for a new set, and the fill-in keeps the other Karl as a rival', async () => {
    const set = await publishedSet();
    expect(set.created.settings.acceptNearMisses).toBe(true);
    expect(set.rivals).toContain('Karl Tesch');
  });

  it('marks a set answer as the quick quiz marks the same question, almost included', async () => {
    const { slug } = await publishedSet();
    expect(await answer(slug, 'Karl Teks')).toMatchObject({
      correct: true,
      credit: 1,
      almost: 'Karl Tesk',
    });
    for (const typed of ['Karl Teks', 'Karl Tesch', 'Karl Tesh', 'Karl Tesk', 'karl tesk'])
      expect(await answer(slug, typed), typed).toEqual(await quick(typed));
  });

  it('never credits a different person with a similar name', async () => {
    const { slug } = await publishedSet();
    for (const typed of ['Karl Tesch', 'Karl Tesh', 'Karl Tesc'])
      expect(await answer(slug, typed), typed).toMatchObject({ credit: 0, almost: null });
  });

  it('scores a slip 0 in a set that does not accept near misses', async () => {
    const { slug } = await publishedSet(false);
    expect(await answer(slug, 'Karl Teks')).toMatchObject({ credit: 0, almost: null });
    expect(await answer(slug, 'Karl Tesk')).toMatchObject({ credit: 1, almost: null });
  });

  it("gives a hand-written fill-in the rivals of its linked claims' collection", async () => {
    const { created } = await publishedSet();
    const add = (claims: string[]) =>
      gqlAs<{ addQuestion: { rivalAnswers: string[] } }>(
        t,
        owner.cookie,
        'mutation ($s: ID!, $q: SetQuestionInput!) { addQuestion(setId: $s, question: $q) { rivalAnswers } }',
        {
          s: created.id,
          q: {
            type: 'FILL_IN',
            prompt: `Who vetoed the office (${claims.length} claims)?`,
            acceptedAnswers: ['Karl Tesk'],
            claimIds: claims,
          },
        },
      );
    expect(claimIds.length).toBeGreaterThan(0);
    expect(ok(await add(claimIds)).addQuestion.rivalAnswers).toContain('Karl Tesch');
    expect(ok(await add([])).addQuestion.rivalAnswers).toEqual([]);
  });

  it('works the rivals out again when a set from before the setting turns it on', async () => {
    const { created, slug } = await publishedSet(false);
    const { id: setId } = await t.db.prisma.questionSet.findUniqueOrThrow({
      where: { shareSlug: slug },
      select: { id: true },
    });
    // As the migration leaves an older set: off, and its questions without rival names.
    await t.db.prisma.setQuestion.updateMany({ where: { setId }, data: { rivalAnswers: [] } });
    const turnedOn = ok(
      await gqlAs<{ updateQuestionSet: { questions: { rivalAnswers: string[] }[] } }>(
        t,
        owner.cookie,
        'mutation ($id: ID!) { updateQuestionSet(id: $id, settings: { acceptNearMisses: true }) { questions { rivalAnswers } } }',
        { id: created.id },
      ),
    );
    expect(turnedOn.updateQuestionSet.questions[0]?.rivalAnswers).toContain('Karl Tesch');
    expect(await answer(slug, 'Karl Tesh')).toMatchObject({ credit: 0, almost: null });
    expect(await answer(slug, 'Karl Teks')).toMatchObject({ credit: 1, almost: 'Karl Tesk' });
  });
});
