import { graphql, type ResultOf } from '@/lib/graphql.ts';
import { EvidenceFields, typeLabels } from '@/lib/quiz.ts';
import { EvidenceList } from './EvidenceList.tsx';

/** What the picker shows of a generated question. */
export const GeneratedFields = graphql(
  `
  fragment GeneratedFields on Question {
    id @_required type @_required prompt @_required answer @_required
    options @_required { id @_required text @_required correct @_required }
    difficulty { level @_required }
    evidence @_required { ...EvidenceFields }
  }
`,
  [EvidenceFields],
);

type Generated = ResultOf<typeof GeneratedFields>;

/** A generated question to tick, with its answer, options and evidence to preview first. */
export function GeneratedItem({
  question: q,
  picked,
  onPick,
}: {
  question: Generated;
  picked: boolean;
  onPick(picked: boolean): void;
}) {
  return (
    <li>
      <label className="option">
        <input type="checkbox" checked={picked} onChange={(e) => onPick(e.target.checked)} />
        <span>
          {q.prompt} <span className="badge">{typeLabels[q.type] ?? q.type}</span>{' '}
          {q.difficulty ? <span className="badge">{q.difficulty.level.toLowerCase()}</span> : null}
        </span>
      </label>
      <details>
        <summary>Preview: answer and evidence</summary>
        <p>
          Answer: <strong>{q.answer}</strong>
        </p>
        {q.options.length ? (
          <p className="hint">Options: {q.options.map((o) => o.text).join(' · ')}</p>
        ) : null}
        <EvidenceList evidence={q.evidence} />
      </details>
    </li>
  );
}
