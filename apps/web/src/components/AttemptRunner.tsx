'use client';

import { type FormEvent, useCallback, useEffect, useState } from 'react';
import {
  type Attempt,
  AttemptByToken,
  FinishAttempt,
  learnerQuestion,
  responseOf,
  StartAttempt,
  SubmitAnswers,
} from '@/lib/attempt.ts';
import { request } from '@/lib/client.ts';
import { plural } from '@/lib/format.ts';
import { describe, isProblem } from '@/lib/problems.ts';
import {
  browserKey,
  clockText,
  revealText,
  rulesList,
  type SharedRules,
  sharedText,
  whenText,
} from '@/lib/rules.ts';
import { QuestionCard } from './QuestionCard.tsx';
import { Results } from './Results.tsx';

interface Props {
  slug: string;
  title: string;
  description: string;
  questionCount: number;
  /** How the learner is identified, the limits, the dates, when answers are shown. */
  rules: SharedRules;
}

const storageKey = (slug: string) => `attest:attempt:${slug}`;

/**
 * Taking a shared set: the attempt's token is kept in this browser (and in the address), so a
 * reload or a closed tab resumes where the learner was.
 */
export function AttemptRunner({ slug, title, description, questionCount, rules }: Props) {
  const [attempt, setAttempt] = useState<Attempt | null>(null);
  const [index, setIndex] = useState(0);
  const [state, setState] = useState<'loading' | 'intro' | 'running'>('loading');
  const [error, setError] = useState('');
  const [now, setNow] = useState(() => Date.now());

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
    request(AttemptByToken, { token })
      .then(({ attempt: found }) => {
        if (!found || found.set.slug !== slug) return setState('intro');
        remember(found);
        const next = found.questions.findIndex((q) => !q.answered);
        setIndex(next === -1 ? found.questions.length : next);
        setState('running');
      })
      .catch(() => setState('intro'));
  }, [slug, remember]);

  // The server enforces the deadline; this clock only shows it, and reloads the attempt (which
  // the server then reads as finished) once it has passed.
  const deadline = attempt?.status === 'IN_PROGRESS' ? attempt.deadline : null;
  const token = attempt?.token;
  useEffect(() => {
    if (!deadline || !token) return;
    setNow(Date.now());
    const timer = setInterval(() => {
      setNow(Date.now());
      if (Date.now() < new Date(deadline).getTime()) return;
      clearInterval(timer);
      void reload(token).then(() =>
        setError('Time is up: your answers so far are kept, and the attempt is finished.'),
      );
    }, 1000);
    return () => clearInterval(timer);
  }, [deadline, token]);

  async function reload(token: string) {
    const { attempt: found } = await request(AttemptByToken, { token });
    if (found) remember(found);
  }

  async function start(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError('');
    const form = new FormData(event.currentTarget);
    const field = (name: string) => {
      const value = String(form.get(name) ?? '').trim();
      return value === '' ? null : value;
    };
    try {
      const data = await request(StartAttempt, {
        slug,
        name: field('name'),
        studentId: field('studentId'),
        joinCode: field('joinCode'),
        browser: rules.identity === 'ANONYMOUS' ? browserKey() : null,
      });
      remember(data.startAttempt);
      setIndex(0);
      setState('running');
    } catch (e) {
      setError(describe(e));
    }
  }

  async function finish(a: Attempt) {
    try {
      const data = await request(FinishAttempt, { token: a.token });
      remember(data.finishAttempt);
    } catch (e) {
      if (isProblem(e, 'finished')) return;
      setError(describe(e));
    }
  }

  if (state === 'loading')
    return (
      <p className="loading" role="status">
        Loading your place…
      </p>
    );

  if (state === 'intro' || !attempt) {
    const shut =
      rules.state === 'NOT_YET_OPEN' && rules.opensAt
        ? `This set opens on ${whenText(rules.opensAt)}. Come back then.`
        : rules.state === 'CLOSED' && rules.closesAt
          ? `This set closed on ${whenText(rules.closesAt)}.`
          : null;
    return (
      <section>
        <h1>{title}</h1>
        {description ? <p className="lede">{description}</p> : null}
        {shut ? (
          <p className="problem" role="status">
            {shut}
          </p>
        ) : (
          <>
            <p>
              {plural(questionCount, 'question')}. Your answers are kept in this browser: you can
              close the page and come back.
            </p>
            <ul className="rules">
              {rulesList(rules).map((rule) => (
                <li key={rule}>{rule}</li>
              ))}
            </ul>
            <form onSubmit={start}>
              <IdentityFields identity={rules.identity} />
              <p className="hint" id="shared-with-teacher">
                <strong>Shared with your teacher:</strong> {sharedText[rules.identity]}
              </p>
              <div role="alert">{error ? <p className="problem">{error}</p> : null}</div>
              <button type="submit">Start</button>
            </form>
          </>
        )}
      </section>
    );
  }

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

  return (
    <>
      <h1>{title}</h1>
      {attempt.deadline ? (
        <p className="clock">
          Time left:{' '}
          <span role="timer" aria-live="off">
            {clockText(new Date(attempt.deadline).getTime() - now)}
          </span>
        </p>
      ) : null}
      <div role="alert">{error ? <p className="problem">{error}</p> : null}</div>
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
          remember(data.submitAnswers);
        }}
        onRefused={async (e) => {
          // Late: the server closed the attempt; show what it kept, with its words.
          if (!isProblem(e, 'time-up')) return false;
          setError(e.problem.message);
          await reload(attempt.token);
          return true;
        }}
        onNext={() => setIndex((i) => i + 1)}
      />
    </>
  );
}

/** What the set asks before starting, by its identity mode. */
function IdentityFields({ identity }: { identity: SharedRules['identity'] }) {
  if (identity === 'NAME')
    return (
      <>
        <div className="field">
          <label htmlFor="learner-name">Your name</label>
          <input
            id="learner-name"
            name="name"
            type="text"
            required
            maxLength={100}
            autoComplete="name"
            aria-describedby="shared-with-teacher"
          />
        </div>
        <div className="field">
          <label htmlFor="learner-id">Student ID (optional)</label>
          <input id="learner-id" name="studentId" type="text" maxLength={100} />
        </div>
      </>
    );
  if (identity === 'ROSTER')
    return (
      <>
        <div className="field">
          <label htmlFor="join-code">Join code</label>
          <input
            id="join-code"
            name="joinCode"
            type="text"
            required
            maxLength={20}
            autoCapitalize="characters"
            autoComplete="off"
          />
        </div>
        <div className="field">
          <label htmlFor="learner-id">Your student ID</label>
          <input
            id="learner-id"
            name="studentId"
            type="text"
            maxLength={100}
            aria-describedby="learner-id-hint"
          />
          <p className="hint" id="learner-id-hint">
            As on your teacher's class list. No ID on the list? Leave it empty and type your name
            below.
          </p>
        </div>
        <div className="field">
          <label htmlFor="learner-name">Your name (only without a student ID)</label>
          <input id="learner-name" name="name" type="text" maxLength={100} autoComplete="name" />
        </div>
      </>
    );
  if (identity === 'SIGNED_IN')
    return (
      <p>
        This set is for signed-in learners. <a href="/sign-in">Sign in</a> first if you have not.
      </p>
    );
  return null;
}
