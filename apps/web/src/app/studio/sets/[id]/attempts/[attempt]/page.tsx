import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { EvidenceList } from '@/components/EvidenceList.tsx';
import { ProblemView } from '@/components/ProblemView.tsx';
import { duration, when } from '@/lib/attempt-list.ts';
import { percent, points } from '@/lib/format.ts';
import { graphql, type ResultOf } from '@/lib/graphql.ts';
import { namesNothing } from '@/lib/missing.ts';
import { problemOf } from '@/lib/problems.ts';
import { EvidenceFields } from '@/lib/quiz.ts';
import { studioRequest } from '@/lib/studio.ts';

export const metadata: Metadata = { title: 'Attempt' };

const AttemptQuery = graphql(
  `
  query SetAttempt($id: ID!, $attempt: ID!) {
    viewer { id name email }
    node(id: $id) {
      __typename
      ... on QuestionSet {
        title @_required
        attempt(id: $attempt) {
          learnerName status @_required score maxScore @_required startedAt @_required finishedAt
          answers @_required {
            position @_required prompt @_required answered @_required answerText
            options @_required {
              id @_required text @_required correct @_required chosen @_required
            }
            result @_required {
              credit @_required correctAnswer @_required explanation @_required
              evidence @_required { ...EvidenceFields }
            }
          }
        }
      }
    }
  }
`,
  [EvidenceFields],
);

type Answer = NonNullable<
  Extract<NonNullable<ResultOf<typeof AttemptQuery>['node']>, { attempt: unknown }>['attempt']
>['answers'][number];

const verdict = (a: Answer) =>
  !a.answered
    ? 'not answered'
    : a.result.credit === 1
      ? 'right'
      : a.result.credit > 0
        ? 'partly right'
        : 'wrong';

/** One learner's attempt, every answer with its marking and the evidence behind it. */
export default async function AttemptPage({
  params,
}: {
  params: Promise<{ id: string; attempt: string }>;
}) {
  const { id: rawId, attempt: rawAttempt } = await params;
  const id = decodeURIComponent(rawId);
  const attemptId = decodeURIComponent(rawAttempt);
  let result: ResultOf<typeof AttemptQuery>;
  try {
    result = await studioRequest(
      `/studio/sets/${encodeURIComponent(id)}/attempts/${encodeURIComponent(attemptId)}`,
      AttemptQuery,
      { id, attempt: attemptId },
    );
  } catch (error) {
    const problem = problemOf(error);
    if (namesNothing(problem)) notFound();
    return <ProblemView problem={problem} />;
  }
  const set = result.node;
  if (set?.__typename !== 'QuestionSet' || !set.attempt) notFound();
  const attempt = set.attempt;
  const name = attempt.learnerName ?? 'Anonymous';
  const finished = attempt.status === 'FINISHED' && attempt.finishedAt;
  return (
    <>
      <p>
        <a href={`/studio/sets/${encodeURIComponent(id)}/results#attempts`}>← All attempts</a>
      </p>
      <h1>
        {name}: {set.title}
      </h1>
      <p className="lede">
        Started {when(attempt.startedAt)} ·{' '}
        {finished
          ? `finished ${when(attempt.finishedAt)} (${duration(Date.parse(attempt.finishedAt ?? '') - Date.parse(attempt.startedAt))})`
          : 'in progress'}
        {attempt.score != null
          ? ` · ${points(attempt.score)} of ${attempt.maxScore} (${percent(attempt.score / attempt.maxScore)})`
          : null}
      </p>
      <ol className="plain">
        {attempt.answers.map((a) => (
          <li key={a.position}>
            <h2 className="item-title">
              {a.position}. {a.prompt}
            </h2>
            <p>
              <span
                className={`badge ${verdict(a) === 'right' ? 'right' : verdict(a) === 'wrong' ? 'wrong' : ''}`}
              >
                {verdict(a)}
              </span>{' '}
              {a.answered ? `credit ${points(a.result.credit)}` : null}
            </p>
            {a.options.length ? (
              <ul>
                {a.options.map((o) => (
                  <li key={o.id}>
                    {o.text} {o.chosen ? <span className="badge">picked</span> : null}{' '}
                    {o.correct ? <span className="badge right">right</span> : null}
                  </li>
                ))}
              </ul>
            ) : (
              <p>
                Typed: {a.answerText ? <strong>{a.answerText}</strong> : '(nothing)'} · accepted:{' '}
                {a.result.correctAnswer}
              </p>
            )}
            {a.result.explanation ? <p className="hint">{a.result.explanation}</p> : null}
            {a.result.evidence.length ? <EvidenceList evidence={a.result.evidence} /> : null}
          </li>
        ))}
      </ol>
    </>
  );
}
