'use client';

import { type FormEvent, useCallback, useEffect, useState } from 'react';
import { ATTEMPT_FIELDS, type Attempt, learnerQuestion, responseOf } from '@/lib/attempt.ts';
import { describe, gql } from '@/lib/client.ts';
import { plural } from '@/lib/format.ts';
import { ProblemError } from '@/lib/problems.ts';
import { QuestionCard } from './QuestionCard.tsx';
import { Results } from './Results.tsx';

interface Props {
  slug: string;
  title: string;
  description: string;
  questionCount: number;
  /** The set asks for the learner's name before starting. */
  askName: boolean;
}

const storageKey = (slug: string) => `attest:attempt:${slug}`;

/**
 * Taking a shared set: the attempt's token is kept in this browser (and in the address), so a
 * reload or a closed tab resumes where the learner was.
 */
export function AttemptRunner({ slug, title, description, questionCount, askName }: Props) {
  const [attempt, setAttempt] = useState<Attempt | null>(null);
  const [index, setIndex] = useState(0);
  const [state, setState] = useState<'loading' | 'intro' | 'running'>('loading');
  const [error, setError] = useState('');

  const remember = useCallback(
    (a: Attempt) => {
      setAttempt(a);
      try {
        localStorage.setItem(storageKey(slug), a.token);
      } catch {
        // No storage: the token in the address still allows a resume.
      }
      const url = new URL(window.location.href);
      url.searchParams.set('t', a.token);
      window.history.replaceState(null, '', url);
    },
    [slug],
  );

  useEffect(() => {
    const token =
      new URL(window.location.href).searchParams.get('t') ??
      (() => {
        try {
          return localStorage.getItem(storageKey(slug));
        } catch {
          return null;
        }
      })();
    if (!token) {
      setState('intro');
      return;
    }
    gql<{ attempt: Attempt | null }>(
      `query ($token: String!) { attempt(token: $token) { ${ATTEMPT_FIELDS} } }`,
      {
        token,
      },
    )
      .then(({ attempt: found }) => {
        if (!found || found.set.slug !== slug) return setState('intro');
        remember(found);
        const next = found.questions.findIndex((q) => !q.answered);
        setIndex(next === -1 ? found.questions.length : next);
        setState('running');
      })
      .catch(() => setState('intro'));
  }, [slug, remember]);

  async function start(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError('');
    const name = askName ? String(new FormData(event.currentTarget).get('name') ?? '') : null;
    try {
      const data = await gql<{ startAttempt: Attempt }>(
        `mutation ($slug: String!, $name: String) { startAttempt(slug: $slug, name: $name) { ${ATTEMPT_FIELDS} } }`,
        { slug, name },
      );
      remember(data.startAttempt);
      setIndex(0);
      setState('running');
    } catch (e) {
      setError(describe(e));
    }
  }

  async function finish(a: Attempt) {
    try {
      const data = await gql<{ finishAttempt: Attempt }>(
        `mutation ($token: String!) { finishAttempt(token: $token) { ${ATTEMPT_FIELDS} } }`,
        { token: a.token },
      );
      remember(data.finishAttempt);
    } catch (e) {
      if (e instanceof ProblemError && e.problem.kind === 'finished') return;
      setError(describe(e));
    }
  }

  if (state === 'loading')
    return (
      <p className="loading" role="status">
        Loading your place…
      </p>
    );

  if (state === 'intro' || !attempt)
    return (
      <section>
        <h1>{title}</h1>
        {description ? <p className="lede">{description}</p> : null}
        <p>
          {plural(questionCount, 'question')}. Your answers are kept in this browser: you can close
          the page and come back.
        </p>
        <form onSubmit={start}>
          {askName ? (
            <div className="field">
              <label htmlFor="learner-name">Your name</label>
              <input
                id="learner-name"
                name="name"
                type="text"
                required
                maxLength={100}
                autoComplete="name"
                aria-describedby="learner-name-shared"
              />
              <p className="hint" id="learner-name-shared">
                Your teacher sees this name with your answers and score. Nothing else about you is
                shared.
              </p>
            </div>
          ) : (
            <p className="hint">Your teacher sees your answers and score, but not who you are.</p>
          )}
          <div role="alert">{error ? <p className="problem">{error}</p> : null}</div>
          <button type="submit">Start</button>
        </form>
      </section>
    );

  const questions = attempt.questions;
  const current = questions[index];
  const eachQuestion = attempt.set.feedback === 'AFTER_EACH_QUESTION';

  if (attempt.status === 'FINISHED' || !current) {
    if (attempt.status !== 'FINISHED') void finish(attempt);
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
        {attempt.status === 'FINISHED' ? (
          <Results questions={questions.map(learnerQuestion)} responses={responses} />
        ) : (
          <p role="status">Saving your answers…</p>
        )}
      </>
    );
  }

  return (
    <>
      <h1>{title}</h1>
      <QuestionCard
        key={current.id}
        question={learnerQuestion(current)}
        position={index + 1}
        total={questions.length}
        response={responseOf(current)}
        showVerdict={eachQuestion}
        nextLabel={index === questions.length - 1 ? 'Finish and see results' : 'Next question'}
        onAnswer={async (answer) => {
          const typed = current.type === 'FILL_IN';
          const data = await gql<{ submitAnswers: Attempt }>(
            `mutation ($token: String!, $answers: [AttemptAnswerInput!]!) {
              submitAnswers(token: $token, answers: $answers) { ${ATTEMPT_FIELDS} } }`,
            {
              token: attempt.token,
              answers: [
                {
                  questionId: current.id,
                  ...(typed ? { text: answer.text } : { optionIds: answer.optionIds }),
                  key: `${attempt.token}:${current.id}`,
                },
              ],
            },
          );
          remember(data.submitAnswers);
        }}
        onNext={() => setIndex((i) => i + 1)}
      />
    </>
  );
}
