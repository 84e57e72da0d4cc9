import type { Database, DatabaseKind } from '@attest/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type AttemptWithQuestions,
  findSharedSet,
  finishAttempt,
  isRevealed,
  parseRoster,
  readAttempt,
  startAttempt,
  submitAnswers,
  updateQuestionSet,
} from '../src/index.ts';
import { fixtureQuestions, makeSet, makeUser } from '../src/testing.ts';
import { openSeeded, refusalOf } from './helpers.ts';

const refusal = (promise: Promise<unknown>) => refusalOf(promise, true);

const at = (iso: string) => new Date(iso);
const minutes = (from: Date, n: number) => new Date(from.getTime() + n * 60_000);

const veto = (a: AttemptWithQuestions) => {
  const found = a.questions.find((x) => x.prompt.startsWith('Who vetoed'));
  if (!found) throw new Error('no veto question');
  return found;
};
const plans = (a: AttemptWithQuestions) => {
  const found = a.questions.find((x) => x.prompt.startsWith('The Alliance plans'));
  if (!found) throw new Error('no plans question');
  return found;
};
const two = [fixtureQuestions.veto, fixtureQuestions.plans];

describe('parseRoster', () => {
  it('reads names with optional IDs split by tab, semicolon or the last comma', () => {
    expect(parseRoster('Ana Lindqvist\t1042\n\nLindqvist, Bea; 1043\nCem, 1044\nDana\n')).toEqual([
      { name: 'Ana Lindqvist', studentId: '1042' },
      { name: 'Lindqvist, Bea', studentId: '1043' },
      { name: 'Cem', studentId: '1044' },
      { name: 'Dana', studentId: null },
    ]);
  });
  it('refuses a repeated ID or an indistinguishable name, naming the line', () => {
    expect(() => parseRoster('Ana, 1\nBea, 1')).toThrow(/line 2 .*1 is already Ana's/);
    expect(() => parseRoster('Ana\nana')).toThrow(/line 2 .*listed twice/);
    expect(() => parseRoster(', 7')).toThrow(/line 1 .*no name/);
  });
});

describe.each<DatabaseKind>(['pglite', 'postgres'])('attempt rules on %s', (kind) => {
  let db: Database;
  let ownerId: string;
  beforeAll(async () => ({ db, ownerId } = await openSeeded(kind)));
  afterAll(() => db.close());

  it('refuses a late answer with TIME_UP, closing the attempt with what was answered in time', async () => {
    const set = await makeSet(db.prisma, ownerId, { questions: two, timeLimitSeconds: 600 });
    const start = at('2026-03-02T09:00:00Z');
    const a = await startAttempt(db.prisma, set.shareSlug ?? '', null, { now: start });
    expect(a.deadline).toEqual(minutes(start, 10));
    await submitAnswers(
      db.prisma,
      a.token,
      [{ questionId: veto(a).id, optionIds: ['k'], key: 'in-time' }],
      { now: minutes(start, 9) },
    );
    expect(
      await refusal(
        submitAnswers(
          db.prisma,
          a.token,
          [{ questionId: plans(a).id, optionIds: ['t'], key: 'late' }],
          { now: minutes(start, 10) },
        ),
      ),
    ).toMatch(/^TIME_UP: Time is up: .*2026-03-02 09:10 UTC.* 1 answer given/);
    const closed = await readAttempt(db.prisma, a.token, { now: minutes(start, 11) });
    expect(closed).toMatchObject({ status: 'FINISHED', score: 1, finishedAt: minutes(start, 10) });
    expect(plans(closed).answeredAt).toBeNull();
    // Still refused as late, not counted, after the close; a retry of the in-time key is fine.
    expect(
      await refusal(
        submitAnswers(
          db.prisma,
          a.token,
          [{ questionId: plans(a).id, optionIds: ['t'], key: 'later' }],
          { now: minutes(start, 12) },
        ),
      ),
    ).toMatch(/^TIME_UP/);
    const retried = await submitAnswers(
      db.prisma,
      a.token,
      [{ questionId: veto(a).id, optionIds: ['k'], key: 'in-time' }],
      { now: minutes(start, 12) },
    );
    expect(retried.score).toBe(1);
  });

  it('closes an expired attempt when it is read, finished at its deadline', async () => {
    const set = await makeSet(db.prisma, ownerId, { questions: two, timeLimitSeconds: 60 });
    const start = at('2026-03-02T09:00:00Z');
    const a = await startAttempt(db.prisma, set.shareSlug ?? '', null, { now: start });
    expect((await readAttempt(db.prisma, a.token, { now: minutes(start, 0.5) })).status).toBe(
      'IN_PROGRESS',
    );
    const read = await readAttempt(db.prisma, a.token, { now: minutes(start, 60) });
    expect(read).toMatchObject({ status: 'FINISHED', score: 0, finishedAt: minutes(start, 1) });
    // Finishing by hand after that changes nothing.
    expect((await finishAttempt(db.prisma, a.token)).finishedAt).toEqual(minutes(start, 1));
  });

  it('refuses starts before the open date and from the close date, saying when', async () => {
    const opensAt = at('2026-04-01T08:00:00Z');
    const closesAt = at('2026-04-08T08:00:00Z');
    const set = await makeSet(db.prisma, ownerId, { questions: two, opensAt, closesAt });
    const slug = set.shareSlug ?? '';
    expect(await refusal(startAttempt(db.prisma, slug, null, { now: minutes(opensAt, -1) }))).toBe(
      'SET_NOT_OPEN: This set opens on 2026-04-01 08:00 UTC: come back then.',
    );
    expect(await refusal(startAttempt(db.prisma, slug, null, { now: closesAt }))).toBe(
      'SET_CLOSED: This set closed on 2026-04-08 08:00 UTC.',
    );
    expect((await findSharedSet(db.prisma, slug, minutes(opensAt, -1))).state).toBe('NOT_YET_OPEN');
    expect((await findSharedSet(db.prisma, slug, closesAt)).state).toBe('CLOSED');
    expect((await findSharedSet(db.prisma, slug, opensAt)).state).toBe('OPEN');
    // An attempt started just before the close date has it as its deadline.
    const late = await startAttempt(db.prisma, slug, null, { now: minutes(closesAt, -5) });
    expect(late.deadline).toEqual(closesAt);
  });

  it('allows the set number of attempts per learner, counted the identity mode’s way', async () => {
    const named = await makeSet(db.prisma, ownerId, {
      questions: two,
      identity: 'NAME',
      attemptsAllowed: 2,
    });
    const slug = named.shareSlug ?? '';
    await startAttempt(db.prisma, slug, null, { name: 'Ana Lindqvist' });
    await startAttempt(db.prisma, slug, null, { name: '  ana   lindqvist' });
    expect(await refusal(startAttempt(db.prisma, slug, null, { name: 'ANA LINDQVIST' }))).toBe(
      'ATTEMPT_LIMIT_REACHED: You have used all 2 attempts this set allows.',
    );
    // Another learner, and the same name with a student ID, count on their own.
    await startAttempt(db.prisma, slug, null, { name: 'Bea' });
    await startAttempt(db.prisma, slug, null, { name: 'Ana Lindqvist', studentId: '1042' });

    const browser = await makeSet(db.prisma, ownerId, { questions: two, attemptsAllowed: 1 });
    const bslug = browser.shareSlug ?? '';
    expect(await refusal(startAttempt(db.prisma, bslug, null))).toMatch(
      /^BAD_USER_INPUT: .*"browser" key/,
    );
    await startAttempt(db.prisma, bslug, null, { browser: 'browser-one' });
    expect(await refusal(startAttempt(db.prisma, bslug, null, { browser: 'browser-one' }))).toMatch(
      /^ATTEMPT_LIMIT_REACHED: .*all 1 attempt this/,
    );
    await startAttempt(db.prisma, bslug, null, { browser: 'browser-two' });

    // Several starts at once still give one attempt, not one each.
    const racing = await makeSet(db.prisma, ownerId, {
      questions: two,
      identity: 'NAME',
      attemptsAllowed: 1,
    });
    const results = await Promise.allSettled(
      [1, 2, 3].map(() => startAttempt(db.prisma, racing.shareSlug ?? '', null, { name: 'Cem' })),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
  });

  it('identifies learners as the set says: signed in, or by the class list and its join code', async () => {
    const signedIn = await makeSet(db.prisma, ownerId, {
      questions: two,
      identity: 'SIGNED_IN',
      attemptsAllowed: 1,
    });
    const learner = await makeUser(db.prisma, 'learner');
    expect(await refusal(startAttempt(db.prisma, signedIn.shareSlug ?? '', null))).toMatch(
      /^UNAUTHENTICATED: This set is for signed-in learners/,
    );
    const mine = await startAttempt(db.prisma, signedIn.shareSlug ?? '', learner.id);
    expect(mine.learnerKey).toBe(`user:${learner.id}`);
    expect(await refusal(startAttempt(db.prisma, signedIn.shareSlug ?? '', learner.id))).toMatch(
      /^ATTEMPT_LIMIT_REACHED/,
    );

    const roster = await makeSet(db.prisma, ownerId, {
      questions: two,
      identity: 'ROSTER',
      roster: 'Ana Lindqvist, 1042\nBea Holm, 1043\nCem',
      attemptsAllowed: 1,
    });
    const slug = roster.shareSlug ?? '';
    const joinCode = roster.joinCode ?? '';
    expect(joinCode).toMatch(/^[A-Z2-9]{8}$/);
    expect(await refusal(startAttempt(db.prisma, slug, null, { studentId: '1042' }))).toMatch(
      /^BAD_USER_INPUT: .*join code/,
    );
    expect(
      await refusal(
        startAttempt(db.prisma, slug, null, { joinCode: 'WRONG123', studentId: '1042' }),
      ),
    ).toMatch(/^BAD_USER_INPUT: That join code is not this set's/);
    expect(
      await refusal(startAttempt(db.prisma, slug, null, { joinCode, studentId: '9999' })),
    ).toMatch(/^BAD_USER_INPUT: No one on this set's class list has the student ID "9999"/);
    const ana = await startAttempt(db.prisma, slug, null, {
      joinCode: joinCode.toLowerCase(),
      studentId: ' 1042 ',
      name: 'Someone Else',
    });
    // The name comes from the class list, not from what was typed.
    expect(ana).toMatchObject({ learnerName: 'Ana Lindqvist', studentId: '1042' });
    const cem = await startAttempt(db.prisma, slug, null, { joinCode, name: 'cem' });
    expect(cem.learnerName).toBe('Cem');
    expect(
      await refusal(startAttempt(db.prisma, slug, null, { joinCode, studentId: '1042' })),
    ).toMatch(/^ATTEMPT_LIMIT_REACHED/);
  });

  it('reveals answers when the set says: each answer, the end, the close date, or never', async () => {
    const closesAt = at('2026-05-01T12:00:00Z');
    const before = minutes(closesAt, -30);
    const shown = async (feedback: 'AFTER_EACH_QUESTION' | 'AT_END' | 'AFTER_CLOSE' | 'NEVER') => {
      const set = await makeSet(db.prisma, ownerId, { questions: two, feedback, closesAt });
      const a = await startAttempt(db.prisma, set.shareSlug ?? '', null, { now: before });
      const answered = await submitAnswers(
        db.prisma,
        a.token,
        [{ questionId: veto(a).id, optionIds: ['k'], key: 'k' }],
        { now: before },
      );
      const done = await finishAttempt(db.prisma, a.token, { now: before });
      return [
        isRevealed(answered, veto(answered), before),
        isRevealed(done, veto(done), before),
        isRevealed(done, veto(done), closesAt),
      ];
    };
    expect(await shown('AFTER_EACH_QUESTION')).toEqual([true, true, true]);
    expect(await shown('AT_END')).toEqual([false, true, true]);
    expect(await shown('AFTER_CLOSE')).toEqual([false, false, true]);
    expect(await shown('NEVER')).toEqual([false, false, false]);
  });

  it('refuses settings that contradict each other, writing nothing', async () => {
    const set = await makeSet(db.prisma, ownerId, { questions: two });
    const update = (settings: Parameters<typeof updateQuestionSet>[3]['settings']) =>
      // Input is checked before any promise: wrapped so a synchronous throw is a refusal too.
      refusal(
        Promise.resolve().then(() => updateQuestionSet(db.prisma, ownerId, set.id, { settings })),
      );
    expect(await update({ feedback: 'AFTER_CLOSE' })).toMatch(/need a close date/);
    expect(
      await update({ opensAt: at('2026-05-02T00:00:00Z'), closesAt: at('2026-05-01T00:00:00Z') }),
    ).toMatch(/"closesAt" must come after "opensAt"/);
    expect(await update({ identity: 'ROSTER' })).toMatch(/needs its list/);
    expect(await update({ timeLimitSeconds: 5 })).toMatch(/at least 60/);
    expect(await update({ attemptsAllowed: 0 })).toMatch(/at least 1/);
    const row = await db.prisma.questionSet.findUniqueOrThrow({ where: { id: set.id } });
    expect(row).toMatchObject({
      feedback: 'AFTER_EACH_QUESTION',
      identity: 'ANONYMOUS',
      joinCode: null,
    });

    const saved = await updateQuestionSet(db.prisma, ownerId, set.id, {
      settings: { identity: 'ROSTER', roster: 'Ana, 1\nBea, 2', attemptsAllowed: 3 },
    });
    expect(saved).toMatchObject({ identity: 'ROSTER', attemptsAllowed: 3 });
    expect(saved.joinCode).toMatch(/^[A-Z2-9]{8}$/);
    const again = await updateQuestionSet(db.prisma, ownerId, set.id, {
      settings: { roster: 'Ana, 1\nBea, 2\nCem, 3' },
    });
    expect(again.joinCode).toBe(saved.joinCode);
  });
});
