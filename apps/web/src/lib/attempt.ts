import { graphql, type ResultOf } from './graphql.ts';
import { type Response, VerdictFields } from './quiz.ts';

/** A learner's attempt: its state, the set's rules, and each question with its marking if shown. */
export const AttemptFields = graphql(
  `
  fragment AttemptFields on Attempt {
    id token @_required status @_required answeredCount @_required score
    maxScore @_required deadline
    set @_required { slug @_required title @_required feedback @_required closesAt }
    questions @_required {
      id @_required position @_required type prompt @_required selectMany options { id text }
      answered @_required
      result { chosenOptionIds text ...VerdictFields }
    }
  }
`,
  [VerdictFields],
);

export type Attempt = ResultOf<typeof AttemptFields>;
export type AttemptQuestion = NonNullable<Attempt['questions']>[number];

export const AttemptByToken = graphql(
  `
  query Attempt($token: String!) { attempt(token: $token) { ...AttemptFields } }
`,
  [AttemptFields],
);

export const StartAttempt = graphql(
  `
  mutation StartAttempt(
    $slug: String!, $name: String, $studentId: String, $joinCode: String, $browser: String
  ) {
    startAttempt(
      slug: $slug, name: $name, studentId: $studentId, joinCode: $joinCode, browser: $browser
    ) @_required { ...AttemptFields }
  }
`,
  [AttemptFields],
);

export const FinishAttempt = graphql(
  `
  mutation FinishAttempt($token: String!) { finishAttempt(token: $token) @_required { ...AttemptFields } }
`,
  [AttemptFields],
);

export const SubmitAnswers = graphql(
  `
  mutation SubmitAnswers($token: String!, $answers: [AttemptAnswerInput!]!) {
    submitAnswers(token: $token, answers: $answers) @_required { ...AttemptFields }
  }
`,
  [AttemptFields],
);

/**
 * An answered question's answer as the learner gave it (the names of AnswerInput, which the quick
 * quiz keeps too) and its marking when shown.
 */
export function responseOf(q: AttemptQuestion): Response | undefined {
  if (!q.answered) return undefined;
  return {
    optionIds: q.result?.chosenOptionIds ?? [],
    text: q.result?.text ?? '',
    verdict: q.result ?? undefined,
  };
}
