'use client';

import { useState } from 'react';
import { RemoveQuestion, ReorderQuestions, UpdateQuestion } from '@/lib/set-edits.ts';
import type { QuestionSet } from '@/lib/sets.ts';
import { QuestionForm, type SetQuestionInput } from './QuestionForm.tsx';
import { SetQuestionSummary } from './SetQuestionSummary.tsx';
import { quiet, type SetEdit } from './useSetEdit.tsx';

/** The set's questions in order: each shown, or edited in place; moved, removed. */
export function SetQuestionList({ set, edit: { run, say } }: { set: QuestionSet; edit: SetEdit }) {
  const [editing, setEditing] = useState<string | null>(null);

  const move = (index: number, by: number) => {
    const ids = set.questions.map((q) => q.id);
    const [id] = ids.splice(index, 1);
    if (!id) return;
    ids.splice(index + by, 0, id);
    void quiet(
      run(
        `question:${id}`,
        ReorderQuestions,
        { setId: set.id, ids },
        `Question moved ${by < 0 ? 'up' : 'down'}.`,
      ),
    );
  };

  return (
    <>
      <h2>Questions</h2>
      {say('list')}
      {set.questions.length === 0 ? (
        <p className="notice">No questions yet: add some below.</p>
      ) : null}
      <ol className="plain">
        {set.questions.map((q, i) => (
          <li key={q.id}>
            {editing === q.id ? (
              <QuestionForm
                idPrefix={`edit-${q.id}`}
                initial={q}
                submitLabel="Save the question"
                onCancel={() => setEditing(null)}
                onSubmit={async (input: SetQuestionInput) => {
                  await quiet(
                    run(
                      `question:${q.id}`,
                      UpdateQuestion,
                      { id: q.id, q: input },
                      'Question saved.',
                    ).then(() => setEditing(null)),
                  );
                }}
              />
            ) : (
              <SetQuestionSummary
                question={q}
                position={i + 1}
                last={i === set.questions.length - 1}
                onMove={(by) => move(i, by)}
                onEdit={() => setEditing(q.id)}
                onRemove={() =>
                  quiet(run('list', RemoveQuestion, { id: q.id }, 'Question removed.'))
                }
              />
            )}
            {say(`question:${q.id}`)}
          </li>
        ))}
      </ol>
    </>
  );
}
