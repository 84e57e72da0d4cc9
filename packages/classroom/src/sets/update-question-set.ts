import type { QuestionSet } from '@attest/db';
import { type Db, withTransaction } from '@attest/db';
import { AttestError } from '@attest/errors';
import { z } from 'zod';
import { newJoinCode, parseRoster } from '../rules/roster.ts';
import { parseInput } from '../validate.ts';
import { findOwnedSet } from './find-owned-set.ts';
import { descriptionSchema, settingsSchema, titleSchema } from './set-input.ts';

const updateSchema = z.object({
  title: titleSchema.optional(),
  description: descriptionSchema.optional(),
  settings: settingsSchema.optional(),
});

export type UpdateQuestionSetInput = z.input<typeof updateSchema>;

/**
 * Renames, describes or changes the settings of a set; fields left out stay. A published set's
 * draw count must fit its questions now; an unpublished one's is checked at publishing.
 */
export function updateQuestionSet(
  prisma: Db,
  ownerId: string,
  setId: string,
  input: UpdateQuestionSetInput,
): Promise<QuestionSet> {
  const { title, description, settings } = parseInput(updateSchema, input);
  return withTransaction(prisma, async (tx) => {
    const set = await findOwnedSet(tx, ownerId, setId);
    const drawCount = settings?.drawCount;
    if (set.publishedAt && typeof drawCount === 'number') {
      const count = await tx.setQuestion.count({ where: { setId } });
      if (drawCount > count) {
        throw new AttestError(
          'BAD_USER_INPUT',
          `"drawCount" is ${drawCount} but the set has ${count} questions.`,
        );
      }
    }
    const rules = {
      feedback: settings?.feedback ?? set.feedback,
      identity: settings?.identity ?? set.identity,
      opensAt: settings?.opensAt === undefined ? set.opensAt : settings.opensAt,
      closesAt: settings?.closesAt === undefined ? set.closesAt : settings.closesAt,
    };
    const roster = settings?.roster === undefined ? undefined : parseRoster(settings.roster);
    checkRules(rules, roster ?? (Array.isArray(set.roster) ? set.roster : []));
    return tx.questionSet.update({
      where: { id: setId },
      data: {
        title,
        description,
        shuffleQuestions: settings?.shuffleQuestions,
        shuffleOptions: settings?.shuffleOptions,
        drawCount,
        feedback: settings?.feedback,
        identity: settings?.identity,
        roster: roster?.map((e) => ({ name: e.name, studentId: e.studentId })),
        joinCode: roster && roster.length > 0 && !set.joinCode ? newJoinCode() : undefined,
        attemptsAllowed: settings?.attemptsAllowed,
        timeLimitSeconds: settings?.timeLimitSeconds,
        acceptNearMisses: settings?.acceptNearMisses,
        opensAt: settings?.opensAt,
        closesAt: settings?.closesAt,
      },
    });
  });
}

/** Rules that contradict each other, refused with what to change. */
function checkRules(
  rules: {
    feedback: string;
    identity: string;
    opensAt: Date | null;
    closesAt: Date | null;
  },
  roster: readonly unknown[],
): void {
  const bad = (message: string) => new AttestError('BAD_USER_INPUT', message);
  if (rules.opensAt && rules.closesAt && rules.closesAt <= rules.opensAt)
    throw bad('"closesAt" must come after "opensAt".');
  if (rules.feedback === 'AFTER_CLOSE' && !rules.closesAt)
    throw bad('Answers shown after the close date need a close date: set "closesAt".');
  if (rules.identity === 'ROSTER' && roster.length === 0)
    throw bad('A class list set needs its list: paste it as "roster", one learner a line.');
}
