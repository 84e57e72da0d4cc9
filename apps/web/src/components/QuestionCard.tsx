'use client';

import { type FormEvent, useEffect, useRef, useState } from 'react';
import type { LearnerQuestion, Response, Verdict } from '@/lib/quiz.ts';
import { typeLabels } from '@/lib/quiz.ts';
import { EvidenceList } from './EvidenceList.tsx';

interface Props {
  question: LearnerQuestion;
  position: number;
  total: number;
  response?: Response;
  /** Show the verdict as soon as it is known (false: feedback at the end). */
  showVerdict: boolean;
  onAnswer(answer: Pick<Response, 'optionIds' | 'text'>): Promise<void>;
  /** Handles a refusal itself (true) rather than showing it under the question. */
  onRefused?(error: unknown): Promise<boolean>;
  onNext(): void;
  nextLabel: string;
}

/** One question: its options in a fieldset, the check, then the verdict and its evidence. */
export function QuestionCard({
  question,
  position,
  total,
  response,
  showVerdict,
  onAnswer,
  onRefused,
  onNext,
  nextLabel,
}: Props) {
  const [optionIds, setOptionIds] = useState<string[]>(response?.optionIds ?? []);
  const [text, setText] = useState(response?.text ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  const next = useRef<HTMLButtonElement>(null);
  const answered = response !== undefined && (response.verdict !== undefined || !showVerdict);
  const verdict = showVerdict ? response?.verdict : undefined;
  const typed = question.type === 'FILL_IN' || question.options.length === 0;
  const many = question.selectMany;
  const name = `answer-${question.id}`;

  // Mounted once per question (the runners key it by question id).
  useEffect(() => {
    if (position > 1) heading.current?.focus();
  }, [position]);

  useEffect(() => {
    if (answered) next.current?.focus({ preventScroll: true });
  }, [answered]);

  const ready = typed ? text.trim().length > 0 : optionIds.length > 0;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (answered) return onNext();
    if (!ready || busy) return;
    setBusy(true);
    setError('');
    try {
      await onAnswer({ optionIds: typed ? [] : optionIds, text: typed ? text.trim() : '' });
    } catch (e) {
      if (await onRefused?.(e)) return;
      setError(e instanceof Error ? e.message : 'Your answer could not be checked. Try again.');
    } finally {
      setBusy(false);
    }
  }

  const choose = (id: string, checked: boolean) =>
    setOptionIds((current) =>
      many ? (checked ? [...current, id] : current.filter((o) => o !== id)) : [id],
    );

  const optionState = (id: string) => {
    if (!verdict) return '';
    if (verdict.correctOptionIds?.includes(id)) return 'right';
    return optionIds.includes(id) ? 'wrong' : '';
  };

  return (
    <section aria-labelledby={`h-${question.id}`}>
      <div className="progress">
        <span>
          Question {position} of {total}
        </span>
        <progress max={total} value={position - 1} aria-label="Progress" />
      </div>
      <h2 id={`h-${question.id}`} ref={heading} tabIndex={-1} className="visually-hidden">
        Question {position}
      </h2>
      <form onSubmit={submit}>
        <fieldset className="question" disabled={answered || busy}>
          <legend className="prompt">{question.prompt}</legend>
          <p className="hint">{typeLabels[question.type] ?? ''}</p>
          {typed ? (
            <div className="field">
              <label htmlFor={name}>Your answer</label>
              <input
                id={name}
                type="text"
                autoComplete="off"
                value={text}
                onChange={(e) => setText(e.target.value)}
              />
            </div>
          ) : (
            <ul className="options">
              {question.options.map((o) => {
                const state = optionState(o.id);
                return (
                  <li key={o.id}>
                    <label className={`option ${state}`}>
                      <input
                        type={many ? 'checkbox' : 'radio'}
                        name={name}
                        value={o.id}
                        checked={optionIds.includes(o.id)}
                        onChange={(e) => choose(o.id, e.target.checked)}
                      />
                      <span>
                        {o.text}
                        {state === 'right' ? (
                          <span className="badge right">right answer</span>
                        ) : null}
                        {state === 'wrong' ? (
                          <span className="badge wrong">your answer</span>
                        ) : null}
                      </span>
                    </label>
                  </li>
                );
              })}
            </ul>
          )}
        </fieldset>
        <div role="status" aria-live="polite">
          {error ? <p className="problem">{error}</p> : null}
          {verdict ? <VerdictView verdict={verdict} typed={typed} /> : null}
          {answered && !showVerdict ? (
            <p className="notice">Answer saved. You will see how you did at the end.</p>
          ) : null}
        </div>
        <div className="actions">
          {answered ? (
            <button key="next" type="button" ref={next} onClick={onNext}>
              {nextLabel}
            </button>
          ) : (
            <button key="check" type="submit" disabled={!ready || busy}>
              {busy ? 'Checking…' : 'Check answer'}
            </button>
          )}
        </div>
      </form>
    </section>
  );
}

export function VerdictView({ verdict, typed }: { verdict: Verdict; typed: boolean }) {
  const partial = !verdict.correct && (verdict.credit ?? 0) > 0;
  return (
    <div className={`feedback ${verdict.correct ? 'right' : 'wrong'}`}>
      <p className="verdict">
        {verdict.correct ? 'Right!' : partial ? 'Partly right.' : 'Not quite.'}
      </p>
      {verdict.almost ? (
        <p className="almost">
          Almost: <strong>{verdict.almost}</strong> (counted as right; check the spelling)
        </p>
      ) : !verdict.correct || typed ? (
        <p>
          The answer: <strong>{verdict.correctAnswer}</strong>
        </p>
      ) : null}
      {verdict.explanation ? <p>{verdict.explanation}</p> : null}
      <EvidenceList evidence={verdict.evidence ?? []} />
    </div>
  );
}
