'use client';

import { type FormEvent, useCallback, useEffect, useState } from 'react';
import { type Attempt, AttemptByToken, FinishAttempt, StartAttempt } from '@/lib/attempt.ts';
import { keepToken, keptToken } from '@/lib/attempt-token.ts';
import { request } from '@/lib/client.ts';
import { describe, isProblem } from '@/lib/problems.ts';
import { browserKey, type SharedRules } from '@/lib/rules.ts';
import { AttemptClock, useDeadlineClock } from './AttemptClock.tsx';
import { AttemptIntro } from './AttemptIntro.tsx';
import { AttemptOutcome } from './AttemptOutcome.tsx';
import { AttemptStep } from './AttemptStep.tsx';

interface Props {
  slug: string;
  title: string;
  description: string;
  questionCount: number;
  /** How the learner is identified, the limits, the dates, when answers are shown. */
  rules: SharedRules;
}

/**
 * Taking a shared set: the attempt's token is kept in this browser (and in the address), so a
 * reload or a closed tab resumes where the learner was.
 */
export function AttemptRunner({ slug, title, description, questionCount, rules }: Props) {
  const [attempt, setAttempt] = useState<Attempt | null>(null);
  const [index, setIndex] = useState(0);
  const [state, setState] = useState<'loading' | 'intro' | 'running'>('loading');
  const [error, setError] = useState('');

  const remember = useCallback(
    (a: Attempt) => {
      setAttempt(a);
      keepToken(slug, a.token);
    },
    [slug],
  );

  useEffect(() => {
    const token = keptToken(slug);
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

  const now = useDeadlineClock(attempt?.status === 'IN_PROGRESS' ? attempt.deadline : null, () => {
    if (!attempt) return;
    void reload(attempt.token).then(() =>
      setError('Time is up: your answers so far are kept, and the attempt is finished.'),
    );
  });

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

  if (state === 'intro' || !attempt)
    return (
      <AttemptIntro
        title={title}
        description={description}
        questionCount={questionCount}
        rules={rules}
        error={error}
        onStart={start}
      />
    );

  if (attempt.status === 'FINISHED' || !attempt.questions[index]) {
    if (attempt.status !== 'FINISHED') void finish(attempt);
    return <AttemptOutcome title={title} attempt={attempt} error={error} />;
  }

  return (
    <>
      <h1>{title}</h1>
      {attempt.deadline ? <AttemptClock deadline={attempt.deadline} now={now} /> : null}
      <div role="alert">{error ? <p className="problem">{error}</p> : null}</div>
      <AttemptStep
        attempt={attempt}
        index={index}
        onSaved={remember}
        onTimeUp={async (message) => {
          setError(message);
          await reload(attempt.token);
        }}
        onNext={() => setIndex((i) => i + 1)}
      />
    </>
  );
}
