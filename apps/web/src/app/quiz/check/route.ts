import { apiUrl } from '@/lib/env.ts';
import { type GraphQLError, problemFromErrors, unreachable } from '@/lib/problems.ts';
import type { EvidenceQuote, Verdict } from '@/lib/quiz.ts';
import { pickedScore } from '@/lib/score.ts';

export const dynamic = 'force-dynamic';

interface Body {
  input: Record<string, unknown>;
  questionId: string;
  optionIds?: string[];
  text?: string;
}

interface Question {
  id: string;
  type: string;
  selectMany: boolean;
  answer: string | null;
  explanation: string | null;
  options: { id: string; correct: boolean }[];
  evidence: EvidenceQuote[];
}

const EVIDENCE = 'evidence { quote start end sourceTitle publisher source { id } }';

async function gql<T>(query: string, variables: Record<string, unknown>) {
  const response = await fetch(`${apiUrl()}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
    cache: 'no-store',
  });
  return (await response.json()) as { data?: T; errors?: GraphQLError[] };
}

const fail = (errors: GraphQLError[] | undefined, status = 400) =>
  Response.json({ problem: errors ? problemFromErrors(errors) : unreachable }, { status });

/**
 * Checks a quick-quiz answer. The API's checkAnswer regenerates a question without the quiz's
 * seed, so it knows only the seedless distractors; here the seeded quiz is regenerated (same
 * input, same questions and options) and the picked options scored as the quiz engine does.
 * Typed answers do not depend on the seed and go to checkAnswer. Answers never reach the page.
 */
export async function POST(request: Request) {
  const body = (await request.json()) as Body;
  try {
    const generated = await gql<{ generateQuestions: Question[] }>(
      `query ($input: GenerateQuestionsInput) { generateQuestions(input: $input) {
        id type selectMany answer explanation options { id correct } ${EVIDENCE} } }`,
      { input: body.input },
    );
    if (!generated.data) return fail(generated.errors);
    const question = generated.data.generateQuestions.find((q) => q.id === body.questionId);
    if (!question)
      return fail([{ message: 'This question is no longer in the quiz: start a new one.' }], 404);
    if (question.type === 'FILL_IN') {
      const checked = await gql<{ checkAnswer: Verdict & { correctOptions: unknown } }>(
        `query ($id: ID!, $text: String!) { checkAnswer(questionId: $id, answer: { text: $text }) {
          correct score answer explanation ${EVIDENCE} } }`,
        { id: question.id, text: body.text ?? '' },
      );
      if (!checked.data) return fail(checked.errors);
      const r = checked.data.checkAnswer;
      return Response.json({ verdict: { ...r, correctOptionIds: [] } satisfies Verdict });
    }
    const correctOptionIds = question.options.filter((o) => o.correct).map((o) => o.id);
    const score = pickedScore(question.selectMany, correctOptionIds, body.optionIds ?? []);
    const verdict: Verdict = {
      correct: score === 1,
      score,
      answer: question.answer ?? '',
      correctOptionIds,
      explanation: question.explanation ?? '',
      evidence: question.evidence,
    };
    return Response.json({ verdict });
  } catch {
    return fail(undefined, 502);
  }
}
