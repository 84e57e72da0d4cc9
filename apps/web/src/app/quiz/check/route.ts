import { query } from '@/lib/api.ts';
import { type Problem, unreachable } from '@/lib/problems.ts';
import { CHECK_ANSWER, type CheckAnswerData, verdictFrom } from '@/lib/quiz.ts';

export const dynamic = 'force-dynamic';

interface Body {
  input?: { seed?: unknown; collection?: unknown };
  questionId?: unknown;
  optionIds?: string[];
  text?: string;
}

const fail = (problem: Problem) =>
  Response.json({ problem }, { status: problem.kind === 'unreachable' ? 502 : 400 });

/**
 * Checks a quick-quiz answer with the API's checkAnswer. The quiz's seed goes along: a seeded
 * quiz's distractors (and their option IDs) depend on it. Answers never reach the page before
 * the learner has answered.
 */
export async function POST(request: Request) {
  const body = (await request.json().catch(() => ({}))) as Body;
  if (typeof body.questionId !== 'string')
    return fail({ kind: 'bad-input', message: 'Say which question this answers ("questionId").' });
  const seed = body.input?.seed;
  const answer = body.optionIds?.length ? { optionIds: body.optionIds } : { text: body.text ?? '' };
  const result = await query<CheckAnswerData>(CHECK_ANSWER, {
    id: body.questionId,
    answer,
    seed: seed == null ? null : String(seed),
    // A quiz on a collection finds its questions there again.
    collection: typeof body.input?.collection === 'string' ? body.input.collection : null,
  });
  if (!result.ok) return fail(result.problem);
  if (!result.data.checkAnswer) return fail(unreachable);
  return Response.json({ verdict: verdictFrom(result.data) });
}
