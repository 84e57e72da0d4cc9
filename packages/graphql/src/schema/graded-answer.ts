import { readOptions } from '@attest/classroom';
import { builder } from '../builder.ts';
import { AttemptAnswerResult, type AttemptItem, attemptMarking } from './attempt.ts';
import { QuestionTypeEnum } from './quiz.ts';

interface GradedOptionValue {
  id: string;
  text: string;
  correct: boolean;
  chosen: boolean;
}

const GradedOption = builder.objectRef<GradedOptionValue>('GradedOption').implement({
  description: 'An option as it was shown in the attempt, whether it is right and whether picked.',
  fields: (t) => ({
    id: t.exposeString('id', { description: 'Stable within the question.' }),
    text: t.exposeString('text', { description: 'The option as shown.' }),
    correct: t.exposeBoolean('correct', { description: 'Whether picking it is right.' }),
    chosen: t.exposeBoolean('chosen', { description: 'Whether the learner picked it.' }),
  }),
});

/** One question of an attempt as its set's owner sees it: everything, answered or not. */
export const GradedAnswer = builder.objectRef<{ item: AttemptItem }>('GradedAnswer').implement({
  description:
    "One question of a learner's attempt, for the set's owner: the options with the learner's picks, the typed answer, and the marking with its evidence (always, whatever the learner was shown).",
  fields: (t) => ({
    position: t.int({
      description: '1 for the first question.',
      resolve: ({ item }) => item.position + 1,
    }),
    type: t.field({
      type: QuestionTypeEnum,
      description: 'Its format.',
      resolve: ({ item }) => item.type,
    }),
    prompt: t.string({ description: 'The question as asked.', resolve: ({ item }) => item.prompt }),
    options: t.field({
      type: [GradedOption],
      description: 'Its options in the order the attempt showed them; empty for fill-in.',
      resolve: ({ item }) =>
        readOptions(item.options).map((o) => ({
          id: o.id,
          text: o.text,
          correct: o.correct,
          chosen: item.chosenOptionIds.includes(o.id),
        })),
    }),
    answered: t.boolean({
      description: 'Whether the learner answered it.',
      resolve: ({ item }) => item.answeredAt !== null,
    }),
    answerText: t.string({
      nullable: true,
      description: 'The typed answer (fill-in); null otherwise.',
      resolve: ({ item }) => item.answerText,
    }),
    result: t.field({
      type: AttemptAnswerResult,
      description: 'The marking (credit 0 when unanswered).',
      resolve: ({ item }) => attemptMarking(item),
    }),
  }),
});
