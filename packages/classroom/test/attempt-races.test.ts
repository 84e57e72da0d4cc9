import type { Database, DatabaseKind, OnChange } from '@attest/db';
import { AttestError } from '@attest/errors';
import type {} from '@attest/testing/postgres-setup';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createSetCache,
  finishAttempt,
  type SetToStart,
  startAttempt,
  submitAnswers,
} from '../src/index.ts';
import { fixtureQuestions, makeSet } from '../src/testing.ts';
import { openSeeded } from './helpers.ts';

/** Change notifications heard, but none ever sent: what a cache sees before one arrives. */
const silent: OnChange = (listener) => {
  listener({ table: null, listening: true });
  return () => {};
};

describe.each<DatabaseKind>(['pglite', 'postgres'])(
  'attempts written without a lock on %s',
  (kind) => {
    let db: Database;
    let ownerId: string;
    beforeAll(async () => {
      ({ db, ownerId } = await openSeeded(kind));
    });
    afterAll(() => db.close());

    it('checks a cached set as it writes: an edit or unpublishing counts at once, notified or not', async () => {
      const set = await makeSet(db.prisma, ownerId, { questions: [fixtureQuestions.veto] });
      const slug = set.shareSlug ?? '';
      const sets = createSetCache<SetToStart>(silent);
      const first = await startAttempt(db.prisma, slug, null, { sets });
      expect(first.questions.map((q) => q.prompt)).toEqual([fixtureQuestions.veto.prompt]);

      // An edit as the set's functions make it: the questions, and the set's updatedAt.
      await db.prisma.$transaction([
        db.prisma.setQuestion.updateMany({
          where: { setId: set.id },
          data: { prompt: 'Changed?' },
        }),
        db.prisma.questionSet.update({ where: { id: set.id }, data: { title: 'Renamed' } }),
      ]);
      const second = await startAttempt(db.prisma, slug, null, { sets });
      expect(second.questions.map((q) => q.prompt)).toEqual(['Changed?']);
      expect(second.set.title).toBe('Renamed');

      await db.prisma.questionSet.update({ where: { id: set.id }, data: { publishedAt: null } });
      const refused = await startAttempt(db.prisma, slug, null, { sets }).then(
        () => 'started',
        (e: unknown) => (e instanceof AttestError ? e.code : String(e)),
      );
      expect(refused).toBe('NOT_FOUND');
      expect(await db.prisma.attempt.count({ where: { setId: set.id } })).toBe(2);
    });

    it('scores exactly the answers recorded when answers and a finish arrive together', async () => {
      const set = await makeSet(db.prisma, ownerId, {
        questions: [fixtureQuestions.veto],
        feedback: 'AT_END',
      });
      for (let i = 0; i < 6; i++) {
        const attempt = await startAttempt(db.prisma, set.shareSlug ?? '', null);
        const answer = { questionId: attempt.questions[0]?.id ?? '', optionIds: ['k'], key: 'k' };
        const submit = () =>
          submitAnswers(db.prisma, attempt.token, [answer]).then(
            () => 'recorded',
            (e: unknown) => (e instanceof AttestError ? e.code : String(e)),
          );
        const finish = () => finishAttempt(db.prisma, attempt.token);
        // Half the time the finish is sent first.
        const outcome =
          i % 2 === 0
            ? (await Promise.all([submit(), finish()]))[0]
            : (await Promise.all([finish(), submit()]))[1];
        expect(['recorded', 'ATTEMPT_FINISHED']).toContain(outcome);
        const stored = await db.prisma.attempt.findUniqueOrThrow({
          where: { id: attempt.id },
          include: { questions: true },
        });
        const credits = stored.questions.reduce((sum, q) => sum + (q.credit ?? 0), 0);
        expect(stored.status).toBe('FINISHED');
        expect(stored.score).toBe(credits);
        expect(credits).toBe(outcome === 'recorded' ? 1 : 0);
      }
    });
  },
);
