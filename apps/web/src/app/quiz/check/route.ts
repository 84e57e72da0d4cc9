import { apiUrl } from '@/lib/env.ts';
import { type GraphQLError, problemFromErrors, unreachable } from '@/lib/problems.ts';
import { CHECK_ANSWER, type CheckAnswerData, verdictFrom } from '@/lib/quiz.ts';

export const dynamic = 'force-dynamic';

interface Body {
  input?: { seed?: unknown };
  questionId?: unknown;
  optionIds?: string[];
  text?: string;
}

const fail = (errors: GraphQLError[] | undefined, status = 400) =>
  Response.json({ problem: errors ? problemFromErrors(errors) : unreachable }, { status });

/**
 * Checks a quick-quiz answer with the API's checkAnswer. The quiz's seed goes along: a seeded
 * quiz's distractors (and their option IDs) depend on it. Answers never reach the page before
 * the learner has answered.
 */
export async function POST(request: Request) {
  const body = (await request.json().catch(() => ({}))) as Body;
  if (typeof body.questionId !== 'string')
    return fail([{ message: 'Say which question this answers ("questionId").' }]);
  const seed = body.input?.seed;
  const answer = body.optionIds?.length ? { optionIds: body.optionIds } : { text: body.text ?? '' };
  try {
    const response = await fetch(`${apiUrl()}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: CHECK_ANSWER,
        variables: { id: body.questionId, answer, seed: seed == null ? null : String(seed) },
      }),
      cache: 'no-store',
    });
    const json = (await response.json()) as { data?: CheckAnswerData; errors?: GraphQLError[] };
    if (json.errors || !json.data?.checkAnswer) return fail(json.errors, 400);
    return Response.json({ verdict: verdictFrom(json.data) });
  } catch {
    return fail(undefined, 502);
  }
}
