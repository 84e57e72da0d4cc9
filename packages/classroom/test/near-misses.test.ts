import type { Database, DatabaseKind } from '@attest/db';
import { miniWithLookalike } from '@attest/knowledge/fixtures';
import { generateQuestions, markAnswer } from '@attest/quiz';
import type {} from '@attest/testing/postgres-setup';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addGeneratedQuestions,
  addQuestion,
  createQuestionSet,
  duplicateQuestionSet,
  publishQuestionSet,
  refreshRivalAnswers,
  startAttempt,
  submitAnswers,
  updateQuestion,
  updateQuestionSet,
} from '../src/index.ts';
import { makeUser } from '../src/testing.ts';
import { openSeeded } from './helpers.ts';

/** The mini base with a second Karl whose name is two letters from Karl Tesk's. */
const kb = miniWithLookalike();
const fillIn = generateQuestions(kb, { types: ['FILL_IN'] }).find((q) =>
  q.acceptedAnswers.includes('Karl Tesk'),
);
if (!fillIn) throw new Error('the mini base asks no fill-in answered by Karl Tesk');
const question = fillIn;

describe.each<DatabaseKind>(['pglite', 'postgres'])('near misses on %s', (kind) => {
  let db: Database;
  let ownerId: string;
  beforeAll(async () => {
    ({ db, ownerId } = await openSeeded(kind));
  });
  afterAll(() => db.close());

  /** A published set of the generated fill-in; near misses on (the default) unless told. */
  async function publishedSet(acceptNearMisses?: boolean) {
    const set = await createQuestionSet(db.prisma, ownerId, { title: 'Near misses' });
    if (acceptNearMisses !== undefined)
      await updateQuestionSet(db.prisma, ownerId, set.id, { settings: { acceptNearMisses } });
    await addGeneratedQuestions(db.prisma, ownerId, set.id, [question.id], kb);
    return publishQuestionSet(db.prisma, ownerId, set.id);
  }

  /** One attempt's answer to the fill-in: its credit and almost, as stored. */
  async function answer(slug: string, text: string) {
    const attempt = await startAttempt(db.prisma, slug, null);
    const [item] = attempt.questions;
    if (!item) throw new Error('no question drawn');
    const after = await submitAnswers(db.prisma, attempt.token, [
      { questionId: item.id, text, key: 'k1' },
    ]);
    const read = await db.prisma.attemptQuestion.findUniqueOrThrow({ where: { id: item.id } });
    const returned = after.questions[0];
    expect([returned?.credit, returned?.almost]).toEqual([read.credit, read.almost]);
    return { credit: read.credit, almost: read.almost };
  }

  it('stores with a generated fill-in the other names near its answer', async () => {
    const set = await publishedSet();
    expect(set.acceptNearMisses).toBe(true);
    const [stored] = await db.prisma.setQuestion.findMany({ where: { setId: set.id } });
    expect(stored?.rivalAnswers).toContain('Karl Tesch');
    expect(stored?.rivalAnswers).not.toContain('Karl Tesk');
  });

  it('credits a slip as almost where the set allows it, as the quick quiz marks it', async () => {
    const set = await publishedSet();
    const slug = set.shareSlug ?? '';
    expect(await answer(slug, 'Karl Teks')).toEqual({ credit: 1, almost: 'Karl Tesk' });
    expect(await answer(slug, 'Karl Tesk')).toEqual({ credit: 1, almost: null });
    for (const typed of ['Karl Teks', 'Karl Tesch', 'Karl Tesh', 'Karl Tesk', 'Carl Tesk']) {
      const quick = markAnswer(question, typed, { kb });
      expect(await answer(slug, typed), typed).toEqual({
        credit: quick.score,
        almost: quick.almost,
      });
    }
  });

  it('never credits a different person with a similar name', async () => {
    const set = await publishedSet();
    for (const typed of ['Karl Tesch', 'Karl Tesh', 'Karl Tesc'])
      expect(await answer(set.shareSlug ?? '', typed), typed).toEqual({ credit: 0, almost: null });
  });

  it('scores a slip 0 where the set does not allow near misses', async () => {
    const set = await publishedSet(false);
    expect(set.acceptNearMisses).toBe(false);
    expect(await answer(set.shareSlug ?? '', 'Karl Teks')).toEqual({ credit: 0, almost: null });
    expect(await answer(set.shareSlug ?? '', 'Karl Tesk')).toEqual({ credit: 1, almost: null });
  });

  it('marks an attempt by the rule it began with', async () => {
    const set = await publishedSet();
    const attempt = await startAttempt(db.prisma, set.shareSlug ?? '', null);
    await updateQuestionSet(db.prisma, ownerId, set.id, { settings: { acceptNearMisses: false } });
    const [item] = attempt.questions;
    const after = await submitAnswers(db.prisma, attempt.token, [
      { questionId: item?.id ?? '', text: 'Karl Teks', key: 'k1' },
    ]);
    expect(after.questions[0]?.almost).toBe('Karl Tesk');
    expect(await answer(set.shareSlug ?? '', 'Karl Teks')).toEqual({ credit: 0, almost: null });
  });

  it('gives a hand-written fill-in rivals from the base it is given, none without', async () => {
    const set = await createQuestionSet(db.prisma, ownerId, { title: 'Hand-written' });
    const input = {
      type: 'FILL_IN' as const,
      prompt: 'Who vetoed the office in Arden?',
      acceptedAnswers: ['Karl Tesk'],
    };
    const withBase = await addQuestion(db.prisma, ownerId, set.id, input, { kb });
    expect(withBase.rivalAnswers).toContain('Karl Tesch');
    const edited = await updateQuestion(db.prisma, ownerId, withBase.id, input);
    expect(edited.rivalAnswers).toEqual([]);
    const again = await updateQuestion(db.prisma, ownerId, withBase.id, input, { kb });
    expect(again.rivalAnswers).toContain('Karl Tesch');
    const choice = await addQuestion(
      db.prisma,
      ownerId,
      set.id,
      {
        type: 'SINGLE_CHOICE',
        prompt: 'Who vetoed it?',
        options: [
          { text: 'Karl Tesk', correct: true },
          { text: 'Ana Lindström', correct: false },
        ],
      },
      { kb },
    );
    expect(choice.rivalAnswers).toEqual([]);
  });

  it('copies the setting and the rivals with the set', async () => {
    const set = await publishedSet(false);
    const copy = await duplicateQuestionSet(db.prisma, ownerId, set.id);
    expect(copy.acceptNearMisses).toBe(false);
    const [stored] = await db.prisma.setQuestion.findMany({ where: { setId: copy.id } });
    expect(stored?.rivalAnswers).toContain('Karl Tesch');
  });

  it('works the rivals out again for questions stored without them', async () => {
    const set = await publishedSet(false);
    // As a set from before the setting holds them: no rival names.
    await db.prisma.setQuestion.updateMany({
      where: { setId: set.id },
      data: { rivalAnswers: [] },
    });
    const asked: string[] = [];
    const loadBase = async (collectionId: string) => {
      asked.push(collectionId);
      return kb;
    };
    expect(await refreshRivalAnswers(db.prisma, ownerId, set.id, loadBase)).toBe(1);
    expect(asked).toHaveLength(1);
    const [stored] = await db.prisma.setQuestion.findMany({ where: { setId: set.id } });
    expect(stored?.rivalAnswers).toContain('Karl Tesch');
    expect(await refreshRivalAnswers(db.prisma, ownerId, set.id, loadBase)).toBe(0);
    const stranger = await makeUser(db.prisma, 'stranger');
    await expect(refreshRivalAnswers(db.prisma, stranger.id, set.id, loadBase)).rejects.toThrow(
      /No question set/,
    );
  });
});
