import { type Attempt, responseOf, SubmitAnswers } from '@/lib/attempt.ts';
import { request } from '@/lib/client.ts';
import { isProblem } from '@/lib/problems.ts';
import { learnerQuestion } from '@/lib/quiz.ts';
import { QuestionCard } from './QuestionCard.tsx';

/** One question of a running attempt: the answer is saved on the server before the next. */
export function AttemptStep({
  attempt,
  index,
  onSaved,
  onTimeUp,
  onNext,
}: {
  attempt: Attempt;
  /** The question's index in `attempt.questions`; it must exist. */
  index: number;
  /** The attempt as the server has it after the answer. */
  onSaved(attempt: Attempt): void;
  /** The server refused the answer as late, with this message. */
  onTimeUp(message: string): Promise<void>;
  onNext(): void;
}) {
  const questions = attempt.questions;
  const current = questions[index];
  if (!current) return null;
  return (
    <QuestionCard
      key={current.id}
      question={learnerQuestion(current)}
      position={index + 1}
      total={questions.length}
      response={responseOf(current)}
      showVerdict={attempt.set.feedback === 'AFTER_EACH_QUESTION'}
      nextLabel={index === questions.length - 1 ? 'Finish and see results' : 'Next question'}
      onAnswer={async (answer) => {
        const typed = current.type === 'FILL_IN';
        const data = await request(SubmitAnswers, {
          token: attempt.token,
          answers: [
            {
              questionId: current.id,
              ...(typed ? { text: answer.text } : { optionIds: answer.optionIds }),
              key: `${attempt.token}:${current.id}`,
            },
          ],
        });
        onSaved(data.submitAnswers);
      }}
      onRefused={async (e) => {
        // Late: the server closed the attempt; show what it kept, with its words.
        if (!isProblem(e, 'time-up')) return false;
        await onTimeUp(e.problem.message);
        return true;
      }}
      onNext={onNext}
    />
  );
}
