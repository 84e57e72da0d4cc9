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
        {[
          { label: 'Move up', disabled: position === 1, onClick: () => onMove(-1) },
          { label: 'Move down', disabled: last, onClick: () => onMove(1) },
          { label: 'Edit', onClick: onEdit },
          { label: 'Remove', danger: true, onClick: onRemove },
        ].map((a) => (
          <button
            key={a.label}
            type="button"
            className={a.danger ? 'danger small' : 'secondary small'}
            disabled={a.disabled}
            aria-label={`${a.label} question ${position}`}
            onClick={a.onClick}
          >
            {a.label}
          </button>
        ))}
      </p>
    </>
  );
}
