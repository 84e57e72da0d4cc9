'use client';

import { useEffect, useRef } from 'react';
import type { LearnerQuestion, Response } from '@/lib/quiz.ts';
import { VerdictView } from './QuestionCard.tsx';

interface Props {
  questions: LearnerQuestion[];
  responses: Record<string, Response>;
  onRetry?(missed: string[]): void;
  newQuizHref?: string;
}

/** Score, then every question with the learner's answer, the right one and its evidence. */
export function Results({ questions, responses, onRetry, newQuizHref }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const score = questions.reduce((sum, q) => sum + (responses[q.id]?.verdict?.credit ?? 0), 0);
  const missed = questions.filter((q) => !responses[q.id]?.verdict?.correct).map((q) => q.id);
  const rounded = Math.round(score * 10) / 10;
  return (
    <section aria-labelledby="score-heading">
      <h2 id="score-heading" ref={heading} tabIndex={-1}>
        Your score
      </h2>
      <p className="score">
        {rounded} / {questions.length}
      </p>
      <p className="muted">
        {missed.length === 0
          ? 'Every answer right. Well done!'
          : `${missed.length} to look at again: each answer below comes with the quote behind it.`}
      </p>
      <div className="actions">
        {onRetry && missed.length > 0 ? (
          <button type="button" onClick={() => onRetry(missed)}>
            Retry the {missed.length} missed
          </button>
        ) : null}
        {newQuizHref ? (
          <a className="button secondary" href={newQuizHref}>
            New quiz
          </a>
        ) : null}
      </div>
      <h2>Review</h2>
      <ol className="review">
        {questions.map((q) => {
          const r = responses[q.id];
          const chosen = q.options.filter((o) => r?.optionIds.includes(o.id)).map((o) => o.text);
          const given = q.type === 'FILL_IN' ? r?.text : chosen.join('; ');
          return (
            <li key={q.id} className="card">
              <p className="prompt">{q.prompt}</p>
              <p>
                Your answer: <strong>{given || 'none'}</strong>
              </p>
              {r?.verdict ? <VerdictView verdict={r.verdict} typed /> : null}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
