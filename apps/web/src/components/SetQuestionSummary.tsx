import { typeLabels } from '@/lib/quiz.ts';
import type { SetQuestion } from '@/lib/sets.ts';
import { EvidenceList } from './EvidenceList.tsx';

/**
 * One question of the set as the instructor reviews it: prompt, kind, what counts as right, what
 * blocks publishing, the evidence; and its actions, named with its position for screen readers.
 */
export function SetQuestionSummary({
  question: q,
  position,
  last,
  onMove,
  onEdit,
  onRemove,
}: {
  question: SetQuestion;
  /** 1 for the first. */
  position: number;
  last: boolean;
  onMove(by: -1 | 1): void;
  onEdit(): void;
  onRemove(): void;
}) {
  return (
    <>
      <p>
        <strong>{position}.</strong> {q.prompt}{' '}
        <span className="badge">{typeLabels[q.type] ?? q.type}</span>{' '}
        {q.status !== 'CURRENT' ? (
          <span className="badge wrong">{q.status.toLowerCase().replace('_', ' ')}</span>
        ) : null}
      </p>
      {q.options.length ? (
        <ul>
          {q.options.map((o) => (
            <li key={o.id}>
              {o.text} {o.correct ? <span className="badge right">right</span> : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="hint">Accepted: {q.acceptedAnswers.join(' · ')}</p>
      )}
      {q.problems.map((p) => (
        <p key={p} className="problem">
          {p}
        </p>
      ))}
      {q.evidence.length ? (
        <details>
          <summary>Evidence</summary>
          <EvidenceList evidence={q.evidence} />
        </details>
      ) : null}
      <p className="actions">
        <button
          type="button"
          className="secondary small"
          disabled={position === 1}
          aria-label={`Move up question ${position}`}
          onClick={() => onMove(-1)}
        >
          Move up
        </button>
        <button
          type="button"
          className="secondary small"
          disabled={last}
          aria-label={`Move down question ${position}`}
          onClick={() => onMove(1)}
        >
          Move down
        </button>
        <button
          type="button"
          className="secondary small"
          aria-label={`Edit question ${position}`}
          onClick={onEdit}
        >
          Edit
        </button>
        <button
          type="button"
          className="danger small"
          aria-label={`Remove question ${position}`}
          onClick={onRemove}
        >
          Remove
        </button>
      </p>
    </>
  );
}
