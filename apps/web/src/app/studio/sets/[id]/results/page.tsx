import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { AttemptsTable } from '@/components/AttemptsTable.tsx';
import { Downloads } from '@/components/Downloads.tsx';
import { ProblemView } from '@/components/ProblemView.tsx';
import { ListedAttemptFields, type SortKey, sortKeys } from '@/lib/attempt-list.ts';
import { fixed, meanScoreText, percent as pct, plural } from '@/lib/format.ts';
import { graphql, type ResultOf } from '@/lib/graphql.ts';
import { namesNothing } from '@/lib/missing.ts';
import { problemOf } from '@/lib/problems.ts';
import { ExportNotesFields, exportNotesFrom } from '@/lib/sets.ts';
import { studioRequest } from '@/lib/studio.ts';

export const metadata: Metadata = { title: 'Results' };

const Results = graphql(
  `
  query SetResults($id: ID!) {
    viewer { id name email }
    node(id: $id) {
      __typename
      ... on QuestionSet {
        id title @_required ...ExportNotesFields
        attempts(first: 100) { totalCount edges { node { ...ListedAttemptFields } } }
        statistics {
          attemptCount @_required finishedCount @_required meanScore maxScore meanScoreShare
          questions @_required {
            question @_required { id prompt @_required } answerCount @_required
            facilityIndex discriminationIndex
            options @_required {
              optionId @_required text @_required correct @_required count @_required
              share @_required
            }
          }
        }
      }
    }
    missedClaims(first: 10) {
      claim @_required { id statement } answerCount @_required wrongShare @_required
    }
  }
`,
  [ExportNotesFields, ListedAttemptFields],
);

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function ResultsPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const id = decodeURIComponent((await params).id);
  const search = await searchParams;
  const asked = one(search.sort);
  // Newest first unless the teacher picked a column.
  const sort: SortKey = sortKeys.find((k) => k === asked) ?? 'started';
  const order = one(search.order) === 'ascending' ? 'ascending' : 'descending';
  let result: ResultOf<typeof Results>;
  try {
    result = await studioRequest(`/studio/sets/${encodeURIComponent(id)}/results`, Results, {
      id,
    });
  } catch (error) {
    const problem = problemOf(error);
    if (namesNothing(problem)) notFound();
    return <ProblemView problem={problem} />;
  }
  const set = result.node;
  if (set?.__typename !== 'QuestionSet' || !set.statistics) notFound();
  const stats = set.statistics;
  return (
    <>
      <p>
        <a href={`/studio/sets/${encodeURIComponent(id)}`}>← Back to the set</a>
      </p>
      <h1>Results: {set.title}</h1>
      <p className="lede">
        {plural(stats.attemptCount, 'attempt')}, {stats.finishedCount} finished ·{' '}
        {meanScoreText(stats)}
      </p>
      <h2 id="attempts">Attempts</h2>
      {stats.attemptCount === 0 ? (
        <p className="muted">No one has taken the set yet.</p>
      ) : (
        <>
          {(set.attempts?.totalCount ?? 0) > (set.attempts?.edges.length ?? 0) ? (
            <p className="hint">
              The {set.attempts?.edges.length} newest of {set.attempts?.totalCount} attempts; the
              gradebook download has every learner.
            </p>
          ) : null}
          <AttemptsTable
            setId={id}
            attempts={(set.attempts?.edges ?? []).map((e) => e.node)}
            sort={sort}
            order={order}
          />
        </>
      )}
      <h2>Questions</h2>
      <p className="hint">
        Facility: the share of learners who got a question right. Discrimination: how well it
        separates the stronger learners from the weaker (above 0.3 is good; below 0 is suspect).
      </p>
      <p className="hint scroll-hint" id="scroll-hint">
        The table is wider than the screen: scroll it sideways to see every column.
      </p>
      <section
        className="table-wrap"
        aria-label="Statistics per question"
        aria-describedby="scroll-hint"
        // biome-ignore lint/a11y/noNoninteractiveTabindex: keyboard users must be able to scroll it
        tabIndex={0}
      >
        <table>
          <caption className="visually-hidden">Statistics per question</caption>
          <thead>
            <tr>
              <th scope="col">Question</th>
              <th scope="col">Answers</th>
              <th scope="col">Facility</th>
              <th scope="col">Discrimination</th>
              <th scope="col">Choices</th>
            </tr>
          </thead>
          <tbody>
            {stats.questions.map((q) => (
              <tr key={q.question.id}>
                <td>{q.question.prompt}</td>
                <td>{q.answerCount}</td>
                <td>{pct(q.facilityIndex)}</td>
                <td>{fixed(q.discriminationIndex)}</td>
                <td className="choices">
                  <ul className="plain">
                    {q.options.map((o) => (
                      <li key={o.optionId}>
                        <span className="bar" style={{ width: `${Math.round(o.share * 4)}rem` }} />
                        {pct(o.share)} {o.text}{' '}
                        {o.correct ? <span className="badge right">right</span> : null}
                      </li>
                    ))}
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <h2>Facts learners miss most</h2>
      {(result.missedClaims ?? []).length === 0 ? (
        <p className="muted">Nothing missed yet.</p>
      ) : null}
      <ul>
        {(result.missedClaims ?? []).map((m) => (
          <li key={m.claim.id}>
            {m.claim.statement}{' '}
            <span className="muted">
              ({pct(m.wrongShare)} of {m.answerCount} answers wrong)
            </span>
          </li>
        ))}
      </ul>
      <Downloads setId={id} notes={exportNotesFrom(set)} />
    </>
  );
}
