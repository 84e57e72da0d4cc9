'use client';

import { useEffect, useState } from 'react';
import { request } from '@/lib/client.ts';
import { ProblemError, unreachable } from '@/lib/problems.ts';
import { CheckAnswer, type LearnerQuestion, type Response, type Verdict } from '@/lib/quiz.ts';
import { QuestionCard } from './QuestionCard.tsx';
import { Results } from './Results.tsx';

interface Progress {
  order: string[];
  index: number;
  responses: Record<string, Response>;
  done: boolean;
}

interface Props {
  title: string;
  /** Identifies this quiz (seed and filters): progress is kept under it across reloads. */
  quizKey: string;
  questions: LearnerQuestion[];
  /** What generated the questions (seed, count, filters): the check regenerates them. */
  input: Record<string, unknown>;
  newQuizHref: string;
}

/**
 * Checks an answer with the API's checkAnswer, through the web app's /graphql like every other
 * call from the browser. The quiz's seed goes along (a seeded quiz's distractors, and so its
 * option IDs, depend on it), and its collection (whose questions it finds again). Answers never
 * reach the page before the learner has answered.
 */
async function check(
  input: Record<string, unknown>,
  questionId: string,
  answer: { optionIds: string[]; text: string },
): Promise<Verdict> {
  const data = await request(CheckAnswer, {
    id: questionId,
    answer: answer.optionIds.length > 0 ? { optionIds: answer.optionIds } : { text: answer.text },
    seed: input.seed == null ? null : String(input.seed),
    collection: typeof input.collection === 'string' ? input.collection : null,
  });
  if (!data.checkAnswer) throw new ProblemError(unreachable);
  return data.checkAnswer;
}

/** A self-test: one question at a time, checked by the API, with results and retry at the end. */
export function QuizRunner({ title, quizKey, questions, input, newQuizHref }: Props) {
  // v2: verdicts carry credit and correctAnswer (the schema's AnswerMarking), not score and answer.
  const storageKey = `attest:quiz:v2:${quizKey}`;
  const fresh = (): Progress => ({
    order: questions.map((q) => q.id),
    index: 0,
    responses: {},
    done: false,
  });
  const [progress, setProgress] = useState<Progress>(fresh);
  const [loaded, setLoaded] = useState(false);

  useEffect(() => {
    try {
      const saved = JSON.parse(localStorage.getItem(storageKey) ?? 'null') as Progress | null;
      const known = new Set(questions.map((q) => q.id));
      if (saved?.order.every((id) => known.has(id))) setProgress(saved);
    } catch {
      // Unreadable progress: start over.
    }
    setLoaded(true);
  }, [storageKey]);

  useEffect(() => {
    if (!loaded) return;
    try {
      localStorage.setItem(storageKey, JSON.stringify(progress));
    } catch {
      // Private browsing or a full storage: the quiz still works, without resume.
    }
  }, [loaded, progress, storageKey]);

  const byId = new Map(questions.map((q) => [q.id, q]));
  const inPlay = progress.order.flatMap((id) => byId.get(id) ?? []);
  const current = inPlay[progress.index];

  if (progress.done || !current)
    return (
      <>
        <h1>{title}: results</h1>
        <Results
          questions={inPlay}
          responses={progress.responses}
          onRetry={(missed) =>
            setProgress((p) => {
              const responses = { ...p.responses };
              for (const id of missed) delete responses[id];
              return { order: missed, index: 0, responses, done: false };
            })
          }
          newQuizHref={newQuizHref}
        />
      </>
    );

  const last = progress.index === inPlay.length - 1;
  return (
    <>
      <h1>{title}</h1>
      <QuestionCard
        key={current.id}
        question={current}
        position={progress.index + 1}
        total={inPlay.length}
        response={progress.responses[current.id]}
        showVerdict
        nextLabel={last ? 'See your results' : 'Next question'}
        onAnswer={async (answer) => {
          const verdict = await check(input, current.id, answer);
          setProgress((p) => ({
            ...p,
            responses: { ...p.responses, [current.id]: { ...answer, verdict } },
          }));
        }}
        onNext={() =>
          setProgress((p) => (last ? { ...p, done: true } : { ...p, index: p.index + 1 }))
        }
      />
    </>
  );
}
