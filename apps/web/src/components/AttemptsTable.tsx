import {
  duration,
  type ListedAttempt,
  type SortKey,
  type SortOrder,
  sortAttempts,
  timeTaken,
  when,
} from '@/lib/attempt-list.ts';
import { percent, points } from '@/lib/format.ts';

const columns: { key: SortKey; label: string }[] = [
  { key: 'name', label: 'Name' },
  { key: 'started', label: 'Started' },
  { key: 'finished', label: 'Finished' },
  { key: 'time', label: 'Time taken' },
  { key: 'score', label: 'Score' },
  { key: 'percent', label: '%' },
];

/**
 * Every attempt, sorted by the column in the address (`?sort=score&order=descending`): the sort
 * links work without script, and each header says how the table is sorted (`aria-sort`).
 */
export function AttemptsTable({
  setId,
  attempts,
  sort,
  order,
}: {
  setId: string;
  attempts: readonly ListedAttempt[];
  sort: SortKey;
  order: SortOrder;
}) {
  const base = `/studio/sets/${encodeURIComponent(setId)}/results`;
  const sorted = sortAttempts(attempts, sort, order);
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: keyboard users must be able to scroll it
    <section className="table-wrap" aria-label="Attempts" tabIndex={0}>
      <table>
        <caption className="visually-hidden">Attempts, sorted by {sort}</caption>
        <thead>
          <tr>
            {columns.map((c) => {
              const active = c.key === sort;
              const next: SortOrder = active && order === 'ascending' ? 'descending' : 'ascending';
              return (
                <th key={c.key} scope="col" aria-sort={active ? order : undefined}>
                  <a href={`${base}?sort=${c.key}&order=${next}#attempts`}>
                    {c.label}
                    {active ? (order === 'ascending' ? ' ▲' : ' ▼') : null}
                    <span className="visually-hidden">
                      {`, sort ${next === 'ascending' ? 'ascending' : 'descending'}`}
                    </span>
                  </a>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {sorted.map((a) => (
            <tr key={a.id}>
              <td>
                <a
                  href={`/studio/sets/${encodeURIComponent(setId)}/attempts/${encodeURIComponent(a.id)}`}
                >
                  {a.learnerName ?? 'Anonymous'}
                </a>
              </td>
              <td>{when(a.startedAt)}</td>
              <td>{a.status === 'FINISHED' ? when(a.finishedAt) : 'in progress'}</td>
              <td>{duration(timeTaken(a))}</td>
              <td>{a.score == null ? '–' : `${points(a.score)} / ${a.maxScore}`}</td>
              <td>{a.score == null || !a.maxScore ? '–' : percent(a.score / a.maxScore)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
