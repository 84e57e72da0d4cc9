'use client';

import { type ReactNode, useState } from 'react';
import { plural } from '@/lib/format.ts';
import { AddGeneratedQuestions, AddQuestion } from '@/lib/set-edits.ts';
import type { ExportNotes, QuestionSet } from '@/lib/sets.ts';
import type { Choice } from './GeneratedFilters.tsx';
import { GeneratedPicker } from './GeneratedPicker.tsx';
import { QuestionForm } from './QuestionForm.tsx';
import { SetQuestionList } from './SetQuestionList.tsx';
import { SetSettingsForm } from './SetSettingsForm.tsx';
import { SetSharePanel } from './SetSharePanel.tsx';
import { quiet, useSetEdit } from './useSetEdit.tsx';

/** The instructor's editor: questions (add, write, edit, reorder, remove), settings, publishing. */
export function SetEditor({
  set,
  exportNotes,
  actors,
  sources,
  collection,
  chooser,
}: {
  set: QuestionSet;
  exportNotes: ExportNotes;
  actors: Choice[];
  sources: Choice[];
  /** The collection generated questions come from; the curated corpus when null. */
  collection: { id: string; name: string } | null;
  /** The form that changes `collection`. */
  chooser: ReactNode;
}) {
  const edit = useSetEdit();
  const { run, say } = edit;
  // Remounts the new-question form blank after a question is added.
  const [newForm, setNewForm] = useState(0);

  return (
    <>
      <h1>{set.title}</h1>
      <p>
        <span className={`badge ${set.published ? 'right' : ''}`}>
          {set.published ? 'published' : 'draft'}
        </span>{' '}
        {plural(set.questions.length, 'question')} · {plural(set.attemptCount, 'attempt')} ·{' '}
        <a href={`/studio/sets/${encodeURIComponent(set.id)}/results`}>Results</a>
      </p>

      <SetSharePanel set={set} exportNotes={exportNotes} edit={edit} />

      <SetQuestionList set={set} edit={edit} />

      <GeneratedPicker
        actors={actors}
        sources={sources}
        collection={collection}
        chooser={chooser}
        feedback={say('generated')}
        onAdd={(ids) =>
          run(
            'generated',
            AddGeneratedQuestions,
            { setId: set.id, ids, c: collection?.id ?? null },
            `${plural(ids.length, 'question')} added.`,
          )
        }
      />

      <h2>Write your own question</h2>
      <QuestionForm
        key={newForm}
        idPrefix="new"
        submitLabel="Add the question"
        onSubmit={(input) =>
          quiet(
            run('write', AddQuestion, { setId: set.id, q: input }, 'Question added.').then(() =>
              setNewForm((n) => n + 1),
            ),
          )
        }
      />
      {say('write')}

      <SetSettingsForm set={set} edit={edit} />
    </>
  );
}
