import { type Attempt, responseOf } from '@/lib/attempt.ts';
import { plural } from '@/lib/format.ts';
import { learnerQuestion } from '@/lib/quiz.ts';
import { revealText, whenText } from '@/lib/rules.ts';
import { Results } from './Results.tsx';

/**
 * The end of an attempt: its results, or (when the set shows them later) when they will be
 * shown; while the last answers are being saved, says so.
 */
export function AttemptOutcome({
  title,
  attempt,
  error,
}: {
  title: string;
  attempt: Attempt;
  error: string;
}) {
  const questions = attempt.questions;
  const responses = Object.fromEntries(
    questions.flatMap((q) => {
      const r = responseOf(q);
      return r ? [[q.id, r]] : [];
    }),
  );
  return (
    <>
      <h1>{title}: results</h1>
      <div role="alert">{error ? <p className="problem">{error}</p> : null}</div>
      {attempt.status === 'FINISHED' && questions.some((q) => q.answered && !q.result) ? (
        <section aria-labelledby="done-heading">
          <h2 id="done-heading">Your answers are in</h2>
          <p>
            {plural(attempt.answeredCount, 'question')} of {questions.length} answered.{' '}
            {attempt.set.feedback === 'AFTER_CLOSE' && attempt.set.closesAt
              ? `Right answers, your score and the evidence are shown here after ${whenText(attempt.set.closesAt)}.`
              : revealText[attempt.set.feedback]}
          </p>
        </section>
      ) : attempt.status === 'FINISHED' ? (
        <Results questions={questions.map(learnerQuestion)} responses={responses} />
      ) : (
        <p role="status">Saving your answers…</p>
      )}
    </>
  );
}
