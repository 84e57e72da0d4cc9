import type { AttemptStatus } from '@attest/db';
import { builder } from '../builder.ts';

export const AttemptStatusEnum = builder.enumType('AttemptStatus', {
  description: 'Whether an attempt still takes answers.',
  values: {
    IN_PROGRESS: { description: 'Answers may still be submitted.' },
    FINISHED: { description: 'Finished and scored (by finishAttempt, or past its deadline).' },
  } as const,
});

interface SummaryValue {
  status: AttemptStatus;
  maxScore: number;
  startedAt: Date;
  finishedAt: Date | null;
}

/**
 * What the learner's view of an attempt (Attempt) and the owner's (SetAttempt) both show, defined
 * once: whether it is finished, out of how many questions, and when it began and ended.
 */
export const AttemptSummary = builder.interfaceRef<SummaryValue>('AttemptSummary').implement({
  description:
    'An attempt at a glance, as its learner (Attempt) and its set owner (SetAttempt) both see it.',
  // Attempt is loaded with its set; the owner's SetAttempt rows are not.
  resolveType: (attempt) => ('set' in attempt ? 'Attempt' : 'SetAttempt'),
  fields: (t) => ({
    status: t.expose('status', {
      type: AttemptStatusEnum,
      description: 'Whether it still takes answers (IN_PROGRESS) or is finished.',
    }),
    maxScore: t.exposeInt('maxScore', { description: 'The number of questions drawn.' }),
    startedAt: t.expose('startedAt', { type: 'DateTime', description: 'When it began.' }),
    finishedAt: t.expose('finishedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When it was finished; null while in progress.',
    }),
  }),
});
