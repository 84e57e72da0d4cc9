import type { Database, DatabaseKind } from '@attest/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type AttemptWithQuestions,
  findAttempt,
  finishAttempt,
  listMyAttempts,
  startAttempt,
  submitAnswers,
} from '../src/index.ts';
import { makeSet, makeUser } from '../src/testing.ts';
import { openSeeded, refusalOf } from './helpers.ts';

const codeOf = (promise: Promise<unknown>) => refusalOf(promise);

/** The attempt's question asking `prompt`. */
const q = (attempt: AttemptWithQuestions, prompt: string) => {
  const found = attempt.questions.find((x) => x.prompt.startsWith(prompt));
  if (!found) throw new Error(`no question "${prompt}"`);
  return found;
};

describe.each<DatabaseKind>(['pglite', 'postgres'])('attempts on %s', (kind) => {
  let db: Database;
  let ownerId: string;
  beforeAll(async () => ({ db, ownerId } = await openSeeded(kind)));
  afterAll(() => db.close());

  it('starts only on a published, live set, anonymously or for the signed-in learner', async () => {
    const draft = await makeSet(db.prisma, ownerId, { published: false });
    const deleted = await makeSet(db.prisma, ownerId);
    await db.prisma.questionSet.update({
      where: { id: deleted.id },
      data: { deletedAt: new Date() },
    });
    for (const slug of ['no-such-slug', draft.shareSlug ?? '', deleted.shareSlug ?? ''])
      expect(await codeOf(startAttempt(db.prisma, slug, null))).toBe('NOT_FOUND');
    expect(
      await db.prisma.attempt.count({ where: { setId: { in: [draft.id, deleted.id] } } }),
    ).toBe(0);

    const set = await makeSet(db.prisma, ownerId, { feedback: 'AT_END' });
    const learner = await makeUser(db.prisma, 'learner');
    const anonymous = await startAttempt(db.prisma, set.shareSlug ?? '', null);
    const mine = await startAttempt(db.prisma, set.shareSlug ?? '', learner.id);
    expect(anonymous.userId).toBeNull();
    expect(mine.userId).toBe(learner.id);
    expect(anonymous.token).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(anonymous.token).not.toBe(mine.token);
    expect(mine).toMatchObject({
      status: 'IN_PROGRESS',
      maxScore: 4,
      feedback: 'AT_END',
      score: null,
    });
    expect(mine.questions.map((x) => [x.position, x.setQuestionId, x.prompt, x.claimIds])).toEqual(
      set.questions.map((s, i) => [
        i,
        s.id,
        s.prompt,
        [(s.evidence as { claimId: string }[])[0]?.claimId],
      ]),
    );
  });

  it('draws drawCount questions, shuffled by the seed: the same seed gives the same attempt', async () => {
    const set = await makeSet(db.prisma, ownerId, {
      drawCount: 3,
      shuffleQuestions: true,
      shuffleOptions: true,
    });
    const shape = (a: AttemptWithQuestions) =>
      a.questions.map((x) => [x.setQuestionId, (x.options as { id: string }[]).map((o) => o.id)]);
    const one = await startAttempt(db.prisma, set.shareSlug ?? '', null, { seed: 'seed-1' });
    const again = await startAttempt(db.prisma, set.shareSlug ?? '', null, { seed: 'seed-1' });
    expect(one.questions).toHaveLength(3);
    expect(one.maxScore).toBe(3);
    expect(shape(again)).toEqual(shape(one));
    const shapes = new Set<string>();
    for (let i = 0; i < 12; i++)
      shapes.add(
        JSON.stringify(
          shape(await startAttempt(db.prisma, set.shareSlug ?? '', null, { seed: `s${i}` })),
        ),
      );
    expect(shapes.size).toBeGreaterThan(3);
  });

  it('keeps its own copy: editing, unpublishing and deleting the set change nothing', async () => {
    const set = await makeSet(db.prisma, ownerId);
    const started = await startAttempt(db.prisma, set.shareSlug ?? '', null);
    const first = set.questions[0];
    if (!first) throw new Error('no question');
    await db.prisma.setQuestion.update({
      where: { id: first.id },
      data: { prompt: 'Edited?', options: [{ id: 'z', text: 'Z', correct: true }] },
    });
    await db.prisma.questionSet.update({
      where: { id: set.id },
      data: { publishedAt: null, deletedAt: new Date(), title: 'Renamed' },
    });
    const later = await findAttempt(db.prisma, started.token);
    expect(later.questions).toEqual(started.questions);
    await submitAnswers(db.prisma, started.token, [
      { questionId: q(later, 'Who vetoed').id, optionIds: ['k'], key: 'k1' },
    ]);
    expect((await finishAttempt(db.prisma, started.token)).score).toBe(1);
  });

  it('marks each type: fill-in forgives case, diacritics, punctuation and spacing; multi-select earns partial credit', async () => {
    const set = await makeSet(db.prisma, ownerId);
    const credits = async (answers: Record<string, { optionIds?: string[]; text?: string }>) => {
      const a = await startAttempt(db.prisma, set.shareSlug ?? '', null);
      const done = await submitAnswers(
        db.prisma,
        a.token,
        Object.entries(answers).map(([prompt, answer], i) => ({
          questionId: q(a, prompt).id,
          key: `k${i}`,
          ...answer,
        })),
      );
      return Object.keys(answers).map((prompt) => q(done, prompt).credit);
    };
    expect(
      await credits({
        'Who vetoed': { optionIds: ['k'] },
        'Which are members': { optionIds: ['a', 'b'] },
        'Who said': { text: '  ana   LINDSTROM!! ' },
        'The Alliance': { optionIds: ['t'] },
      }),
    ).toEqual([1, 1, 1, 1]);
    expect(
      await credits({
        'Who vetoed': { optionIds: ['l'] },
        'Which are members': { optionIds: ['a'] },
        'Who said': { text: 'Karl Tesk' },
        'The Alliance': { optionIds: ['f'] },
      }),
    ).toEqual([0, 0.5, 0, 0]);
    // (right − wrong) / right, floored at 0: one right and one wrong pick earn 0, as does ticking all.
    expect(await credits({ 'Which are members': { optionIds: ['a', 'c'] } })).toEqual([0]);
    expect(await credits({ 'Which are members': { optionIds: ['a', 'b', 'c'] } })).toEqual([0.5]);
    expect(await credits({ 'Which are members': { optionIds: ['a', 'b', 'c', 'd'] } })).toEqual([
      0,
    ]);
  });

  it('counts a repeated key once, also when the repeats arrive together', async () => {
    const set = await makeSet(db.prisma, ownerId, { feedback: 'AT_END' });
    const a = await startAttempt(db.prisma, set.shareSlug ?? '', null);
    const id = q(a, 'Which are members').id;
    const answer = { questionId: id, optionIds: ['a'], key: 'same-key' };
    const first = await submitAnswers(db.prisma, a.token, [answer]);
    // A changed answer with a new key, then a late retry of the first: the retry changes nothing.
    await submitAnswers(db.prisma, a.token, [
      { questionId: id, optionIds: ['a', 'b'], key: 'second' },
    ]);
    const retried = await submitAnswers(db.prisma, a.token, [answer]);
    expect(q(first, 'Which are members').credit).toBe(0.5);
    expect(q(retried, 'Which are members')).toMatchObject({
      credit: 1,
      chosenOptionIds: ['a', 'b'],
    });

    const b = await startAttempt(db.prisma, set.shareSlug ?? '', null);
    const burst = { questionId: q(b, 'Who vetoed').id, optionIds: ['k'], key: 'burst' };
    const results = await Promise.all(
      Array.from({ length: 5 }, () => submitAnswers(db.prisma, b.token, [burst])),
    );
    expect(results.map((r) => q(r, 'Who vetoed').credit)).toEqual([1, 1, 1, 1, 1]);
    expect(await db.prisma.answerSubmission.count({ where: { attemptId: b.id } })).toBe(1);
    expect((await finishAttempt(db.prisma, b.token)).score).toBe(1);
  });

  it('makes an answer final once its feedback is shown; at-end sets let it change until finishing', async () => {
    const eachSet = await makeSet(db.prisma, ownerId);
    const each = await startAttempt(db.prisma, eachSet.shareSlug ?? '', null);
    const id = q(each, 'Who vetoed').id;
    await submitAnswers(db.prisma, each.token, [{ questionId: id, optionIds: ['l'], key: 'one' }]);
    const refused = submitAnswers(db.prisma, each.token, [
      { questionId: id, optionIds: ['k'], key: 'two' },
    ]);
    await expect(refused).rejects.toThrow(/Question 1 is already answered/);
    expect(await codeOf(refused)).toBe('BAD_USER_INPUT');
    expect(q(await findAttempt(db.prisma, each.token), 'Who vetoed')).toMatchObject({
      credit: 0,
      chosenOptionIds: ['l'],
    });
    expect(await db.prisma.answerSubmission.count({ where: { attemptId: each.id } })).toBe(1);

    const endSet = await makeSet(db.prisma, ownerId, { feedback: 'AT_END' });
    const end = await startAttempt(db.prisma, endSet.shareSlug ?? '', null);
    const endId = q(end, 'Who vetoed').id;
    await submitAnswers(db.prisma, end.token, [
      { questionId: endId, optionIds: ['l'], key: 'one' },
    ]);
    await submitAnswers(db.prisma, end.token, [
      { questionId: endId, optionIds: ['k'], key: 'two' },
    ]);
    const finished = await finishAttempt(db.prisma, end.token);
    expect(finished).toMatchObject({ status: 'FINISHED', score: 1 });
    expect(finished.finishedAt).toBeInstanceOf(Date);
    expect(
      await codeOf(
        submitAnswers(db.prisma, end.token, [
          { questionId: endId, optionIds: ['l'], key: 'three' },
        ]),
      ),
    ).toBe('ATTEMPT_FINISHED');
    // Finishing again, or retrying a recorded key, changes nothing and succeeds.
    expect((await finishAttempt(db.prisma, end.token)).finishedAt).toEqual(finished.finishedAt);
    expect(
      q(
        await submitAnswers(db.prisma, end.token, [
          { questionId: endId, optionIds: ['k'], key: 'two' },
        ]),
        'Who vetoed',
      ).credit,
    ).toBe(1);
  });

  it('refuses answers of the wrong shape with a clear message and writes nothing of the batch', async () => {
    const set = await makeSet(db.prisma, ownerId);
    const a = await startAttempt(db.prisma, set.shareSlug ?? '', null);
    const good = { questionId: q(a, 'The Alliance').id, optionIds: ['t'], key: 'good' };
    const cases: [unknown, RegExp][] = [
      [
        { questionId: q(a, 'Who vetoed').id, optionIds: ['nope'], key: 'x' },
        /not options of this question: nope/,
      ],
      [{ questionId: q(a, 'Who vetoed').id, optionIds: ['k', 'l'], key: 'x' }, /one right answer/],
      [{ questionId: q(a, 'Who vetoed').id, text: 'Karl Tesk', key: 'x' }, /takes options/],
      [{ questionId: q(a, 'Who said').id, optionIds: ['k'], key: 'x' }, /typed answer/],
      [{ questionId: q(a, 'Who said').id, text: '   ', key: 'x' }, /send the typed answer/],
      [
        { questionId: q(a, 'Which are members').id, optionIds: ['a', 'a'], key: 'x' },
        /more than once/,
      ],
      [
        { questionId: q(a, 'Which are members').id, optionIds: [], key: 'x' },
        /at least one option/,
      ],
      [{ questionId: 'not-a-question', optionIds: ['k'], key: 'x' }, /not part of this attempt/],
      [{ questionId: q(a, 'Who vetoed').id, optionIds: ['k'], key: ' ' }, /needs a "key"/],
      [{ ...good, key: 'good' }, /share a "key"/],
    ];
    for (const [bad, message] of cases) {
      const attempt = submitAnswers(db.prisma, a.token, [good, bad as typeof good]);
      await expect(attempt).rejects.toThrow(message);
      expect(await codeOf(attempt)).toBe('BAD_USER_INPUT');
    }
    expect(await codeOf(submitAnswers(db.prisma, a.token, []))).toBe('BAD_USER_INPUT');
    expect(await codeOf(submitAnswers(db.prisma, 'no-such-token', [good]))).toBe('NOT_FOUND');
    const after = await findAttempt(db.prisma, a.token);
    expect(after.questions.every((x) => x.answeredAt === null && x.credit === null)).toBe(true);
    expect(await db.prisma.answerSubmission.count({ where: { attemptId: a.id } })).toBe(0);
  });

  it('lists a learner’s attempts, newest first, and no one else’s', async () => {
    const set = await makeSet(db.prisma, ownerId);
    const learner = await makeUser(db.prisma, 'historian');
    const older = await startAttempt(db.prisma, set.shareSlug ?? '', learner.id);
    await startAttempt(db.prisma, set.shareSlug ?? '', null);
    const newer = await startAttempt(db.prisma, set.shareSlug ?? '', learner.id);
    expect((await listMyAttempts(db.prisma, learner.id)).map((x) => x.id)).toEqual([
      newer.id,
      older.id,
    ]);
  });
});
