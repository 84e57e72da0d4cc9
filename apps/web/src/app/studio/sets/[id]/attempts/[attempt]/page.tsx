import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { EvidenceList } from '@/components/EvidenceList.tsx';
import { ProblemView } from '@/components/ProblemView.tsx';
import { duration, when } from '@/lib/attempt-list.ts';
import { percent, points } from '@/lib/format.ts';
import { namesNothing } from '@/lib/missing.ts';
import type { EvidenceQuote } from '@/lib/quiz.ts';
import { studioQuery, type Viewer } from '@/lib/studio.ts';

export const metadata: Metadata = { title: 'Attempt' };

interface Answer {
  position: number;
  prompt: string;
  answered: boolean;
  answerText: string | null;
  options: { id: string; text: string; correct: boolean; chosen: boolean }[];
  result: { credit: number; correctAnswer: string; explanation: string; evidence: EvidenceQuote[] };
}

interface Data {
  viewer: Viewer | null;
  node: {
    __typename: string;
    title?: string;
    attempt?: {
      learnerName: string | null;
      status: string;
      score: number | null;
      maxScore: number;
      startedAt: string;
      finishedAt: string | null;
      answers: Answer[];
    } | null;
  } | null;
}

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
  const result = await studioQuery<Data>(
    `/studio/sets/${encodeURIComponent(id)}/attempts/${encodeURIComponent(attemptId)}`,
    `query ($id: ID!, $attempt: ID!) { viewer { id name email } node(id: $id) { __typename
      ... on QuestionSet { title attempt(id: $attempt) {
        learnerName status score maxScore startedAt finishedAt
        answers { position prompt answered answerText options { id text correct chosen }
          result { credit correctAnswer explanation
            evidence { quote start end sourceTitle publisher source { id } } } } } } } }`,
    { id, attempt: attemptId },
  );
  if (!result.ok && namesNothing(result.problem)) notFound();
  if (!result.ok) return <ProblemView problem={result.problem} />;
  const set = result.data.node;
  const attempt = set?.__typename === 'QuestionSet' ? set.attempt : null;
  if (!set || !attempt) notFound();
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
