import type { SharedSet } from '@attest/classroom';
import { builder } from '../builder.ts';
import { FeedbackTimingEnum, LearnerIdentityEnum } from './question-set.ts';

type Rules = Pick<
  SharedSet,
  'feedback' | 'identity' | 'attemptsAllowed' | 'timeLimitSeconds' | 'opensAt' | 'closesAt'
>;

/**
 * The rules of taking a set, defined once: the owner reads them in QuestionSetSettings, a
 * learner in SharedQuestionSet, and both get these fields from here.
 */
export const SetRules = builder.interfaceRef<Rules>('SetRules').implement({
  description:
    'How a set may be taken: what the learner must give, how often, for how long and when, and when right answers are shown.',
  fields: (t) => ({
    feedback: t.expose('feedback', {
      type: FeedbackTimingEnum,
      description: 'When learners see right answers and explanations.',
    }),
    askName: t.boolean({
      deprecationReason: 'Use identity (NAME).',
      description: 'Whether identity is NAME.',
      resolve: (set) => set.identity === 'NAME',
    }),
    identity: t.expose('identity', {
      type: LearnerIdentityEnum,
      description:
        "What startAttempt needs and the set's owner sees: nothing (ANONYMOUS), the name and optional student ID (NAME), the account's name (SIGNED_IN), or the class list's entry (ROSTER: joinCode and studentId).",
    }),
    attemptsAllowed: t.exposeInt('attemptsAllowed', {
      nullable: true,
      description: 'Attempts per learner; null allows any number.',
    }),
    timeLimitSeconds: t.exposeInt('timeLimitSeconds', {
      nullable: true,
      description:
        'Seconds one attempt may take, enforced by the server (TIME_UP after); null has no limit.',
    }),
    opensAt: t.expose('opensAt', {
      type: 'DateTime',
      nullable: true,
      description: 'No attempt starts before (SET_NOT_OPEN); null: open now.',
    }),
    closesAt: t.expose('closesAt', {
      type: 'DateTime',
      nullable: true,
      description:
        'No attempt starts from then (SET_CLOSED), and answers stop counting (TIME_UP); null: never closes.',
    }),
  }),
});
