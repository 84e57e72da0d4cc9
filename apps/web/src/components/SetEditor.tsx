'use client';

import { useRouter } from 'next/navigation';
import { type FormEvent, type ReactNode, useEffect, useState } from 'react';
import { request } from '@/lib/client.ts';
import { plural } from '@/lib/format.ts';
import type { TadaDocumentNode } from '@/lib/graphql.ts';
import { describe } from '@/lib/problems.ts';
import { typeLabels } from '@/lib/quiz.ts';
import type { VariablesArg } from '@/lib/request.ts';
import {
  AddGeneratedQuestions,
  AddQuestion,
  PublishSet,
  RemoveQuestion,
  ReorderQuestions,
  UnpublishSet,
  UpdateQuestion,
  UpdateSet,
} from '@/lib/set-edits.ts';
import type { ExportNotes, QuestionSet } from '@/lib/sets.ts';
import { Downloads } from './Downloads.tsx';
import { EvidenceList } from './EvidenceList.tsx';
import { GeneratedPicker } from './GeneratedPicker.tsx';
import { QuestionForm, type SetQuestionInput } from './QuestionForm.tsx';
import { RulesFields, rulesFromForm } from './RulesFields.tsx';

interface Choice {
  id: string;
  name?: string | null;
  title?: string | null;
}

/** Where a message belongs: the part of the page whose action it answers. */
type Area = 'share' | 'list' | 'generated' | 'write' | 'settings' | `question:${string}`;

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
  const router = useRouter();
  // One message at a time, shown next to what caused it (not at the top of a long page).
  const [feedback, setFeedback] = useState<{ area: Area; message?: string; error?: string }>();
  // Remounts the new-question form blank after a question is added.
  const [newForm, setNewForm] = useState(0);
  const [editing, setEditing] = useState<string | null>(null);
  const [origin, setOrigin] = useState('');
  useEffect(() => setOrigin(window.location.origin), []);

  async function run<Result, Variables>(
    area: Area,
    document: TadaDocumentNode<Result, Variables>,
    variables: Variables,
    done: string,
  ) {
    setFeedback(undefined);
    try {
      await request(document, ...([variables] as VariablesArg<Variables>));
      setFeedback({ area, message: done });
      router.refresh();
    } catch (e) {
      setFeedback({ area, error: describe(e) });
      throw e;
    }
  }

  /**
   * The live regions are always in the page, so screen readers announce what appears in them;
   * each area shows only its own message.
   */
  const say = (area: Area): ReactNode => (
    <>
      <div role="status" aria-live="polite">
        {feedback?.area === area && feedback.message ? (
          <p className="notice">{feedback.message}</p>
        ) : null}
      </div>
      <div role="alert">
        {feedback?.area === area && feedback.error ? (
          <p className="problem">{feedback.error}</p>
        ) : null}
      </div>
    </>
  );
  const quiet = (p: Promise<void>) => p.catch(() => undefined);

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

  async function saveSettings(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const draw = String(form.get('drawCount') ?? '').trim();
    await quiet(
      run(
        'settings',
        UpdateSet,
        {
          id: set.id,
          title: String(form.get('title') ?? ''),
          description: String(form.get('description') ?? ''),
          settings: {
            shuffleQuestions: form.get('shuffleQuestions') === 'on',
            shuffleOptions: form.get('shuffleOptions') === 'on',
            drawCount: draw ? Number(draw) : null,
            ...rulesFromForm(form, set.settings.roster.length > 0),
          },
        },
        'Settings saved.',
      ),
    );
  }

  const shareUrl = set.shareSlug ? `${origin}/s/${set.shareSlug}` : '';

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

      <section className="card" aria-labelledby="publish">
        <h2 id="publish">Share</h2>
        {set.published && shareUrl ? (
          <>
            <div className="field">
              <label htmlFor="share">Link for learners</label>
              <input id="share" type="url" readOnly value={shareUrl} />
            </div>
            <p className="actions">
              <button
                type="button"
                onClick={async () => {
                  try {
                    await navigator.clipboard.writeText(shareUrl);
                    setFeedback({ area: 'share', message: 'Link copied.' });
                  } catch {
                    setFeedback({ area: 'share', message: 'Select the link above and copy it.' });
                  }
                }}
              >
                Copy the link
              </button>
              <button
                type="button"
                className="secondary"
                onClick={() =>
                  quiet(
                    run(
                      'share',
                      UnpublishSet,
                      { id: set.id },
                      'Unpublished: the link no longer works.',
                    ),
                  )
                }
              >
                Unpublish
              </button>
            </p>
          </>
        ) : (
          <>
            <p>Publish the set to get a link learners can open without an account.</p>
            <button
              type="button"
              disabled={set.questions.length === 0}
              onClick={() =>
                quiet(
                  run('share', PublishSet, { id: set.id }, 'Published. Copy the link to share it.'),
                )
              }
            >
              Publish
            </button>
          </>
        )}
        {say('share')}
        <Downloads setId={set.id} notes={exportNotes} headingLevel={3} />
      </section>

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
              <>
                <p>
                  <strong>{i + 1}.</strong> {q.prompt}{' '}
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
                    disabled={i === 0}
                    aria-label={`Move up question ${i + 1}`}
                    onClick={() => move(i, -1)}
                  >
                    Move up
                  </button>
                  <button
                    type="button"
                    className="secondary small"
                    disabled={i === set.questions.length - 1}
                    aria-label={`Move down question ${i + 1}`}
                    onClick={() => move(i, 1)}
                  >
                    Move down
                  </button>
                  <button
                    type="button"
                    className="secondary small"
                    aria-label={`Edit question ${i + 1}`}
                    onClick={() => setEditing(q.id)}
                  >
                    Edit
                  </button>
                  <button
                    type="button"
                    className="danger small"
                    aria-label={`Remove question ${i + 1}`}
                    onClick={() =>
                      quiet(run('list', RemoveQuestion, { id: q.id }, 'Question removed.'))
                    }
                  >
                    Remove
                  </button>
                </p>
              </>
            )}
            {say(`question:${q.id}`)}
          </li>
        ))}
      </ol>

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

      <form onSubmit={saveSettings} className="card">
        <h2>Details and settings</h2>
        <div className="field">
          <label htmlFor="set-title">Title</label>
          <input id="set-title" name="title" type="text" defaultValue={set.title} required />
        </div>
        <div className="field">
          <label htmlFor="set-description">Description</label>
          <textarea id="set-description" name="description" defaultValue={set.description} />
        </div>
        <label className="option">
          <input
            type="checkbox"
            name="shuffleQuestions"
            defaultChecked={set.settings.shuffleQuestions}
          />
          Shuffle the questions for each learner
        </label>
        <label className="option">
          <input
            type="checkbox"
            name="shuffleOptions"
            defaultChecked={set.settings.shuffleOptions}
          />
          Shuffle the options
        </label>
        <div className="field">
          <label htmlFor="draw">
            Questions per attempt <span className="hint">(empty: all of them)</span>
          </label>
          <input
            id="draw"
            name="drawCount"
            type="number"
            min={1}
            defaultValue={set.settings.drawCount ?? ''}
          />
        </div>
        <RulesFields settings={set.settings} />
        <button type="submit">Save settings</button>
        {say('settings')}
      </form>
    </>
  );
}
